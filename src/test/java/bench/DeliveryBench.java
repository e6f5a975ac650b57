package bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.africastalking.AtRoute;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;

/**
 * Delivery benchmark (not a test): drains 100,000 queued messages into a local stand-in for the
 * AT messaging API with the throttle off, once with distinct texts and once with one shared text,
 * and compares with a plain loop of one HTTP post per message (same client and stub, the best of 16, 32 and 64 in flight)
 * against the best of as many outbox runs, each run right after one of the plain loops.
 * Run: bench/delivery/run.sh [messages]
 */
public final class DeliveryBench {
  private static final AtomicLong ids = new AtomicLong();

  public static void main(String[] args) throws Exception {
    int status = 1;
    try {
      // -Dstore=sqlite,postgres runs the whole bench once per engine, one after the other, in this JVM
      // (postgres: a new database on the tests' embedded PostgreSQL 17, TestPostgres, fsync off).
      for (String engine : System.getProperty("store", "sqlite").split(",")) {
        System.setProperty("jobline.test.store", engine.trim());
        System.out.printf("=== store %s, load average %s===%n", engine.trim(), loadAverage());
        run(args);
        System.out.printf("=== end of store %s, load average %s===%n", engine.trim(), loadAverage());
      }
      status = 0;
    } catch (Throwable e) {
      e.printStackTrace();
    } finally {
      // A failure must not leave the JVM waiting on Vert.x threads (exec:java joins them): a
      // forgotten bench JVM skews every later measurement on the same machine.
      dumpFlightRecordings();
      System.out.flush();
      System.err.flush();
      Runtime.getRuntime().halt(status);
    }
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" \\d+/")[0] + " ";
    } catch (Exception e) {
      return "? ";
    }
  }

  /**
   * halt() skips the JVM's exit hooks, so a flight recording started with
   * {@code -XX:StartFlightRecording} is written here, to {@code -Djfr=file.jfr}.
   */
  private static void dumpFlightRecordings() {
    String file = System.getProperty("jfr");
    if (file == null) {
      return;
    }
    try {
      for (jdk.jfr.Recording r : jdk.jfr.FlightRecorder.getFlightRecorder().getRecordings()) {
        r.dump(Path.of(file));
      }
    } catch (Exception e) {
      System.err.println("could not write the flight recording to " + file + ": " + e);
    }
  }

  private static void run(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Vertx stubVertx = Vertx.vertx();
    HttpServer stub = await(stubVertx.createHttpServer().requestHandler(DeliveryBench::answer).listen(0, "127.0.0.1"));
    String baseUrl = "http://127.0.0.1:" + stub.actualPort();
    Path dir = Files.createTempDirectory("jobline-bench");
    Vertx vertx = Vertx.vertx();
    // The gateway's own defaults (jobline-defaults.yaml) but the throttle off, as the issue asks;
    // -DbatchSize and -DmaxInFlight override them to explore.
    Map<String, String> env = new java.util.HashMap<>(Map.of(
        "JOBLINE_HTTP_PORT", "0", "JOBLINE_STORE_PATH", dir.resolve("bench.db").toString(),
        "JOBLINE_AGGREGATOR_TYPE", "africastalking", "JOBLINE_AGGREGATOR_AFRICASTALKING_BASE_URL", baseUrl,
        "JOBLINE_AGGREGATOR_CALLBACK_SECRET", "bench-secret-0123456789", "JOBLINE_OUTBOX_SEGMENTS_PER_SECOND", "0",
        "JOBLINE_OUTBOX_POLL_MS", "20", "JOBLINE_ALERTS_QUIET_HOURS", "off"));
    env.putAll(org.jobline.testing.TestStores.env(dir.resolve("bench.db")));
    boolean postgres = org.jobline.testing.TestStores.postgres();
    if (System.getProperty("batchSize") != null) {
      env.put("JOBLINE_OUTBOX_BATCH_SIZE", System.getProperty("batchSize"));
    }
    if (System.getProperty("maxInFlight") != null) {
      env.put("JOBLINE_OUTBOX_MAX_IN_FLIGHT", System.getProperty("maxInFlight"));
    }
    AppConfig config = new ConfigLoader().load(null, env);
    // The plain loop is measured at several depths and the best counts: the outbox's depth is not
    // necessarily the one that suits a plain loop best.
    List<Integer> depths = java.util.stream.Stream.of(16, 32, 64, config.outbox().maxInFlight()).distinct().sorted().toList();
    System.out.printf("store %s, messages %d, outbox maxInFlight %d, plain loop in flight %s, batchSize %d, recipientsPerRequest %d, "
        + "cores %d%n", config.store().engine(), n, config.outbox().maxInFlight(), depths, config.outbox().batchSize(),
        config.outbox().recipientsPerRequest(), Runtime.getRuntime().availableProcessors());

    // Warm-up, both paths as long as a measurement: with 20,000 the first round's ceiling came out
    // 20-40% below the later ones (the JIT was not done), which flattered the first ratio.
    for (int depth : depths) {
      ceiling(vertx, config, baseUrl, n, depth);
    }
    Gateway gateway = await(Gateway.start(vertx, config));
    drain(gateway, config, n, false, null);
    // The machine is shared and its load comes in bursts. Each round runs the plain loop at each
    // depth and, after each, drains the distinct texts once: both sides get as many runs, side by
    // side, and the best of each counts (best-of-three against a single run would favour the ceiling).
    double ceiling = 0;
    double distinct = 0;
    double shared = 0;
    List<Double> paired = new java.util.ArrayList<>();
    // -Drounds=N (default 3); -Donly=ceiling,distinct (any of ceiling, distinct, shared, overhead) runs only those.
    int rounds = Integer.getInteger("rounds", 3);
    List<String> only = List.of(System.getProperty("only", "ceiling,distinct,shared,overhead").split(","));
    for (int round = 1; round <= rounds; round++) {
      CpuSplit cpu = new CpuSplit();
      double c = 1;
      double d = 0;
      String cCpu = "-";
      String dCpu = "-";
      StringBuilder runs = new StringBuilder();
      for (int depth : depths) {
        if (only.contains("ceiling")) {
          double atDepth = ceiling(vertx, config, baseUrl, n, depth);
          String used = cpu.perMessage(n);
          runs.append(String.format(" plain loop at %d in flight %,.0f;", depth, atDepth));
          if (atDepth > c) {
            c = atDepth;
            cCpu = used;
          }
        }
        if (only.contains("distinct")) {
          double once = drain(gateway, config, n, false, cpu);
          String used = cpu.perMessage(n);
          runs.append(String.format(" outbox %,.0f;", once));
          if (once > d) {
            d = once;
            dCpu = used;
          }
        }
      }
      double s = only.contains("shared") ? drain(gateway, config, n, true, cpu) : 0;
      String sCpu = cpu.perMessage(n);
      System.out.printf("round %d:%s%n  best ceiling %,.0f, best distinct %,.0f (%.0f%%), shared %,.0f msg/s%n", round, runs, c, d,
          100 * d / c, s);
      System.out.printf("  CPU us/message by thread: best ceiling run %s; best distinct run %s; shared %s%n", cCpu, dCpu, sCpu);
      paired.add(d / c);
      ceiling = Math.max(ceiling, c);
      distinct = Math.max(distinct, d);
      shared = Math.max(shared, s);
    }
    if (only.contains("overhead") && !postgres) { // the overhead store is a SQLite file
      overhead(vertx, config, dir, n);
    }
    System.out.printf("best ceiling (plain loop, one HTTP post per message): %,.0f msg/s%n", ceiling);
    System.out.printf("best outbox, %,d distinct texts: %,.0f msg/s = %.0f%% of the ceiling%n", n, distinct,
        100 * distinct / ceiling);
    List<Double> sorted = paired.stream().sorted().toList();
    System.out.printf("distinct / ceiling within each round (best of each, run side by side): %s, median %.0f%%%n",
        paired.stream().map(r -> String.format("%.0f%%", 100 * r)).toList(), 100 * sorted.get(sorted.size() / 2));
    System.out.printf("best outbox, one text to %,d recipients: %,.0f msg/s = %.0f%% of the ceiling, %.1fx Kannel's 12,000%n",
        n, shared, 100 * shared / ceiling, shared / 12_000);
    await(gateway.stop());
    await(vertx.close());
    await(stubVertx.close());
  }

  /**
   * The outbox's own cost: a second store and a dispatcher whose route accepts every message at
   * once (no HTTP), so claim, grouping, outcome and group commit are all that is left.
   */
  private static void overhead(Vertx vertx, AppConfig config, Path dir, int n) throws Exception {
    AppConfig.StoreConfig sc = config.store();
    org.jobline.store.Store store = await(org.jobline.store.Store.open(vertx,
        new AppConfig.StoreConfig(dir.resolve("overhead.db").toString(), sc.busyTimeoutMs(), sc.readers())));
    org.jobline.aggregator.Channel instant = new org.jobline.aggregator.Channel() {
      public String name() {
        return "instant";
      }

      public int maxRecipients() {
        return config.outbox().recipientsPerRequest();
      }

      public Future<List<org.jobline.aggregator.SendOutcome>> send(String text, List<Recipient> to) {
        return Future.succeededFuture(to.stream().<org.jobline.aggregator.SendOutcome>map(r ->
            new org.jobline.aggregator.SendOutcome.Accepted("ATXid_" + ids.incrementAndGet(), "101 Success")).toList());
      }
    };
    String id = await(vertx.deployVerticle(new org.jobline.outbox.Dispatcher(store, instant, config.outbox(),
        org.jobline.outbox.QuietHours.parse("off", java.time.ZoneOffset.UTC), java.time.Clock.systemUTC())));
    Outbox outbox = new Outbox(config.sms());
    for (int round = 1; round <= 2; round++) {
      await(store.write(tx -> {
        java.sql.Connection c = tx.jdbc();
        try (PreparedStatement p = c.prepareStatement(Outbox.insertSql())) {
          for (int i = 0; i < n; i++) {
            outbox.bind(p, new OutboundSms(phone(i), null, null, "Offre numero " + i, "fr", OutboundSms.Kind.REPLY, 0, null));
            p.addBatch();
          }
          p.executeBatch();
        }
        return null;
      }));
      CpuSplit cpu = new CpuSplit();
      long start = System.nanoTime();
      while (pending(store)) {
        Thread.sleep(20);
      }
      System.out.printf("outbox overhead, %,d distinct texts, no HTTP: %,.0f msg/s; CPU us/message %s%n", n,
          n / ((System.nanoTime() - start) / 1e9), cpu.perMessage(n));
    }
    await(vertx.undeploy(id));
    await(store.close());
  }

  /** A minimal AT messaging API: every recipient accepted. */
  private static void answer(HttpServerRequest req) {
    req.setExpectMultipart(true);
    req.end().onSuccess(v -> {
      JsonArray recipients = new JsonArray();
      for (String number : req.getFormAttribute("to").split(",")) {
        recipients.add(new JsonObject().put("statusCode", 101).put("number", number).put("status", "Success")
            .put("cost", "XOF 15.0000").put("messageId", "ATXid_" + ids.incrementAndGet()));
      }
      req.response().setStatusCode(201).putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("SMSMessageData", new JsonObject().put("Recipients", recipients)).encode());
    });
  }

  /** One post per message with {@code concurrency} in flight, through the same AT route and client settings. */
  private static double ceiling(Vertx vertx, AppConfig config, String baseUrl, int n, int concurrency) throws Exception {
    AtRoute route = new AtRoute(vertx, config.aggregator().africastalking(), () -> baseUrl, 1,
        config.outbox().requestTimeoutMs(), concurrency);
    AtomicLong next = new AtomicLong();
    io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
    AtomicLong finished = new AtomicLong();
    long start = System.nanoTime();
    vertx.runOnContext(v -> {
      for (int i = 0; i < concurrency; i++) {
        postNext(route, next, finished, n, done);
      }
    });
    long burnNs = Long.getLong("burnNs", 0);
    Thread burner = new Thread(() -> {
      java.lang.management.ThreadMXBean tm = java.lang.management.ManagementFactory.getThreadMXBean();
      long base = tm.getCurrentThreadCpuTime();
      while (!done.future().isComplete()) {
        if (tm.getCurrentThreadCpuTime() - base < finished.get() * burnNs) {
          for (int k = 0; k < 1000; k++) {
            Math.sin(k);
          }
        } else {
          java.util.concurrent.locks.LockSupport.parkNanos(200_000);
        }
      }
    }, "burner");
    if (burnNs > 0) {
      burner.start();
    }
    await(done.future());
    double rate = n / ((System.nanoTime() - start) / 1e9);
    await(route.close());
    return rate;
  }

  private static void postNext(AtRoute route, AtomicLong next, AtomicLong finished, int n, io.vertx.core.Promise<Void> done) {
    long i = next.getAndIncrement();
    if (i >= n) {
      return;
    }
    route.send("Offre numero " + i, List.of(new Recipient(i, phone(i)))).onComplete(ar -> {
      if (finished.incrementAndGet() == n) {
        done.tryComplete();
      }
      postNext(route, next, finished, n, done);
    });
  }

  /** Queues n messages in one transaction, then times the dispatcher until all are sent. */
  private static double drain(Gateway gateway, AppConfig config, int n, boolean shared, CpuSplit cpu) throws Exception {
    Outbox outbox = new Outbox(config.sms());
    String prefix = (shared ? "shared " : "distinct ") + ids.incrementAndGet();
    long before = sent(gateway);
    await(gateway.context().store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      // The shared text is an alert: its rows point at a vacancy, as a fan-out's do.
      Long vacancy = null;
      if (shared) {
        try (PreparedStatement v = c.prepareStatement("INSERT INTO vacancies (ref, title, trade, region, employer, status, "
            + "opened_at) VALUES (?, 'Macon', 'MACON', 'LOM', 'Bench SARL', 'open', 0) RETURNING id")) {
          v.setString(1, "B" + prefix.replaceAll("\\D", ""));
          try (ResultSet rs = v.executeQuery()) {
            rs.next();
            vacancy = rs.getLong(1);
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement(Outbox.insertSql())) {
        for (int i = 0; i < n; i++) {
          String text = shared ? "Nouvelle offre: macon a Lome, repondez OUI" : "Offre " + prefix + " numero " + i;
          outbox.bind(p, new OutboundSms(phone(i), null, vacancy, text, "fr", OutboundSms.Kind.ALERT, 0, null));
          p.addBatch();
        }
        p.executeBatch();
      }
      return null;
    }));
    if (cpu != null) {
      System.out.printf("  CPU us/message to queue %s: %s%n", shared ? "shared" : "distinct", cpu.perMessage(n));
    }
    long start = System.nanoTime();
    while (pending(gateway.context().store())) {
      Thread.sleep(20);
    }
    double rate = n / ((System.nanoTime() - start) / 1e9);
    if (sent(gateway) - before != n) {
      throw new IllegalStateException("not every message was sent: " + (sent(gateway) - before) + " of " + n);
    }
    return rate;
  }

  /** Cheap (one index probe): is anything still queued or being sent? */
  private static boolean pending(org.jobline.store.Store store) throws Exception {
    return await(store.read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM outbox WHERE status = 'queued') OR EXISTS (SELECT 1 FROM outbox WHERE status = 'sending')");
           ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }));
  }

  private static long sent(Gateway gateway) throws Exception {
    return await(gateway.context().store().read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE status = 'sent'");
           ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }));
  }

  /** CPU time per thread group since the last call, per message: where each phase spends its CPU. */
  private static final class CpuSplit {
    private static final String PROCESS = " process";
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private Map<Long, Long> lastByThread = new java.util.HashMap<>();
    private final Map<Long, String> names = new java.util.HashMap<>();
    private long lastWall = System.nanoTime();
    private long[] lastMachine = machineTicks();
    private Map<String, Long> last = snapshot();

    /** The machine's idle and total CPU ticks (/proc/stat), zeros where there is none. */
    private static long[] machineTicks() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
          total += Long.parseLong(f[i]);
        }
        return new long[] {Long.parseLong(f[4]) + Long.parseLong(f[5]), total};
      } catch (Exception e) {
        return new long[] {0, 0};
      }
    }

    private Map<String, Long> snapshot() {
      Map<String, Long> byGroup = new java.util.TreeMap<>();
      for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (info == null) {
          continue;
        }
        long t = threads.getThreadCpuTime(info.getThreadId());
        lastByThread.put(info.getThreadId(), Math.max(0, t));
        names.put(info.getThreadId(), info.getThreadName());
        String group = info.getThreadName().replaceAll("-\\d+$", "");
        byGroup.merge(group, Math.max(0, t), Long::sum);
      }
      byGroup.put(PROCESS, os.getProcessCpuTime()); // adds GC and JIT threads, which the JVM does not list
      return byGroup;
    }

    String perMessage(int n) {
      Map<Long, Long> before = new java.util.HashMap<>(lastByThread);
      long wall = System.nanoTime() - lastWall;
      Map<String, Long> now = snapshot();
      lastWall = System.nanoTime();
      // The busiest single thread: at close to 100% of the wall time, it is what limits the rate.
      List<Map.Entry<Long, Long>> busy = new java.util.ArrayList<>();
      for (Map.Entry<Long, Long> e : lastByThread.entrySet()) {
        busy.add(Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)));
      }
      busy.sort(Map.Entry.<Long, Long>comparingByValue().reversed());
      StringBuilder out = new StringBuilder("[busiest threads, % of wall:");
      for (Map.Entry<Long, Long> b : busy.subList(0, Math.min(3, busy.size()))) {
        out.append(String.format(" %s#%d %.0f%%", names.get(b.getKey()).replace("vert.x-eventloop-thread", "loop"), b.getKey(),
            100.0 * b.getValue() / Math.max(1, wall)));
      }
      long[] machine = machineTicks();
      long ticks = machine[1] - lastMachine[1];
      out.append(String.format("; machine idle %.0f%%] ", ticks > 0 ? 100.0 * (machine[0] - lastMachine[0]) / ticks : 0));
      lastMachine = machine;
      long total = 0;
      for (Map.Entry<String, Long> e : now.entrySet()) {
        if (e.getKey().equals(PROCESS)) {
          continue;
        }
        long used = e.getValue() - last.getOrDefault(e.getKey(), 0L);
        total += used;
        if (used / Math.max(1, n) >= 500) { // at least 0.5 us per message
          out.append(String.format("%s %.1f, ", e.getKey(), used / 1000.0 / n));
        }
      }
      long process = now.get(PROCESS) - last.getOrDefault(PROCESS, 0L);
      last = now;
      return out.append(String.format("total %.1f (whole process %.1f)", total / 1000.0 / n, process / 1000.0 / n)).toString();
    }
  }

  private static String phone(long i) {
    return "+2289" + String.format("%07d", i);
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
  }
}
