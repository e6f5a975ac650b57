import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jobline.alert.Alerts;
import org.jobline.alert.Fanout;
import org.jobline.core.AppContext;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.phone.PhoneNumbers;
import org.jobline.refdata.ReferenceData;
import org.jobline.refdata.ReferenceDataLoader;
import org.jobline.store.Store;
import org.jobline.vacancy.Actor;
import org.jobline.vacancy.Vacancy;
import org.jobline.vacancy.VacancyInput;
import org.jobline.vacancy.VacancyService;

/**
 * Fan-out benchmark (not a test): 1,000,000 subscribers, one vacancy matching 50,000 of them.
 * Prints the time from "open" to every alert and outbox row committed, and compares it with a raw
 * JDBC batch insert of the same rows in the same database and run. Run with -Xmx256m (run.sh).
 */
public class FanoutBench {
  static final int SUBSCRIBERS = Integer.getInteger("bench.subscribers", 1_000_000);
  static final int MATCHING = Integer.getInteger("bench.matching", 50_000);
  static final int CHUNK = 50_000;
  static final String TRADE = "MACON";
  static final String REGION = "LOM";

  public static void main(String[] args) throws Exception {
    String keep = System.getProperty("bench.dir");
    Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("jobline-bench");
    boolean seeded = Files.exists(dir.resolve("bench.db"));
    String batch = System.getProperty("bench.batch", "5000");
    Map<String, String> env = new java.util.HashMap<>(Map.of("JOBLINE_STORE_PATH", dir.resolve("bench.db").toString(),
        "JOBLINE_ALERTS_FANOUT_BATCH", batch));
    // -Dbench.store=postgres: a new database on the tests' embedded PostgreSQL (needs the test classpath, run-postgres.sh).
    if ("postgres".equals(System.getProperty("bench.store"))) {
      System.setProperty("jobline.test.store", "postgres");
      env.putAll(org.jobline.testing.TestStores.env(dir.resolve("bench.db")));
    }
    System.out.printf("store %s, load average %s", env.getOrDefault("JOBLINE_STORE_ENGINE", "sqlite"),
        Files.readString(Path.of("/proc/loadavg")));
    AppConfig config = new ConfigLoader().load(null, env);
    Vertx vertx = Vertx.vertx();
    Store store = await(Store.open(vertx, config.store()));
    ReferenceData rd = ReferenceDataLoader.load(config.referenceData());
    AppContext ctx = new AppContext(vertx, config, store, rd, new PhoneNumbers(config.locale().country()));
    try {
      long seedStart = System.nanoTime();
      if (!seeded) {
        seed(store, rd);
      }
      System.out.printf("seeded %,d subscribers in %.1f s%n", SUBSCRIBERS, (System.nanoTime() - seedStart) / 1e9);
      // A database that has grown for months has fresh planner statistics (PostgreSQL's autovacuum
      // analyzes a table once 10% of it changed); a bulk-seeded one has none until ANALYZE, and
      // PostgreSQL would then plan the matching query for empty tables. Same statement on both engines.
      long analyzeStart = System.nanoTime();
      await(store.write(tx -> {
        try (var st = tx.jdbc().createStatement()) {
          st.execute("ANALYZE");
        }
        return null;
      }));
      System.out.printf("ANALYZE after seeding: %.1f s%n", (System.nanoTime() - analyzeStart) / 1e9);
      long matched = await(store.read(tx -> one(tx.jdbc(), "SELECT count(*) FROM subscribers s JOIN subscriber_trades t "
          + "ON t.subscriber_id = s.id WHERE t.trade = '" + TRADE + "' AND s.status = 'active' AND s.region IN ('"
          + REGION + "', '*')")));
      System.out.printf("subscribers matching the vacancy: %,d%n", matched);
      System.gc();
      Runtime rt = Runtime.getRuntime();
      System.out.printf("heap used with %,d subscribers in the store: %.1f MB (max %.0f MB)%n", SUBSCRIBERS,
          (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);

      VacancyService service = Alerts.vacancyService(ctx);
      Fanout fanout = Alerts.fanout(ctx, java.time.Clock.systemUTC());
      Actor staff = Actor.staff("bench");
      warmUp(store, service, fanout, staff);
      Vacancy v = await(service.create(staff, new VacancyInput("Maçon qualifié pour chantier", null, TRADE, REGION,
          "Agoè", "BTP Sarl", "90 00 00 00", 4, null)));
      long t0 = System.nanoTime();
      await(service.open(staff, v.ref()));
      int batches = 1;
      while (await(fanout.runBatch(v.id()))) {
        batches++;
      }
      double fanoutSeconds = (System.nanoTime() - t0) / 1e9;
      long alerts = await(store.read(tx -> one(tx.jdbc(), "SELECT count(*) FROM alerts WHERE vacancy_id = " + v.id())));
      long outbox = await(store.read(tx -> one(tx.jdbc(), "SELECT count(*) FROM outbox WHERE vacancy_id = " + v.id())));

      Vacancy other = await(service.create(staff, new VacancyInput("Baseline", null, TRADE, REGION, null, "Baseline Co", null, 1, null)));
      long r0 = System.nanoTime();
      await(store.write(tx -> rawInsert(tx.jdbc(), other.id(), (int) alerts)));
      double rawSeconds = (System.nanoTime() - r0) / 1e9;

      System.out.printf("fan-out: %,d alerts + %,d outbox rows committed in %.3f s (%d batches of %s) = %,.0f alerts/s%n",
          alerts, outbox, fanoutSeconds, batches, batch, alerts / fanoutSeconds);
      System.out.printf("raw JDBC batch insert of the same rows: %.3f s = %,.0f alerts/s%n", rawSeconds, alerts / rawSeconds);
      System.out.printf("fan-out rate / raw rate: %.0f%% (target >= 50%%); time target <= 1 s: %s%n",
          100 * rawSeconds / fanoutSeconds, fanoutSeconds <= 1.0 ? "met" : "NOT met");
      System.out.printf("peak heap: %.1f MB of max %.0f MB%n", peakHeap() / 1e6, rt.maxMemory() / 1e6);
    } finally {
      await(store.close());
      await(vertx.close());
      try (var files = keep != null ? java.util.stream.Stream.<Path>empty() : Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A server has run before the vacancy that counts: one small fan-out and one small raw insert warm the JIT. */
  static void warmUp(Store store, VacancyService service, Fanout fanout, Actor staff) {
    for (String trade : List.of("SOUD", "CUISIN")) {
      Vacancy w = await(service.create(staff, new VacancyInput("Warm-up " + trade, null, trade, "SAV", null, "Warm-up Co",
          null, 1, null)));
      await(service.open(staff, w.ref()));
      while (await(fanout.runBatch(w.id()))) {
        // next batch
      }
      Vacancy raw = await(service.create(staff, new VacancyInput("Warm-up raw", null, trade, "SAV", null, "Warm-up Co",
          null, 1, null)));
      await(store.write(tx -> rawInsert(tx.jdbc(), raw.id(), 5_000)));
    }
  }

  /** Subscribers 1..MATCHING match (10% with all regions); the others never both trade and region. */
  static void seed(Store store, ReferenceData rd) {
    List<String> regions = rd.regions().stream().map(r -> r.code()).toList();
    List<String> others = rd.trades().stream().map(t -> t.code()).filter(t -> !t.equals(TRADE)).toList();
    for (int start = 0; start < SUBSCRIBERS; start += CHUNK) {
      int from = start;
      await(store.write(tx -> {
        Connection c = tx.jdbc();
        Random random = new Random(from);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO subscribers (id, phone, region, language, status, "
            + "channel, created_at, updated_at) VALUES (?, ?, ?, ?, 'active', 'import', 0, 0)");
             PreparedStatement t = c.prepareStatement(
                 "INSERT INTO subscriber_trades (subscriber_id, position, trade) VALUES (?, ?, ?)")) {
          for (int i = from; i < Math.min(from + CHUNK, SUBSCRIBERS); i++) {
            long id = i + 1;
            boolean match = i < MATCHING;
            String region = match ? (i % 10 == 0 ? "*" : REGION) : regions.get(i % regions.size());
            s.setLong(1, id);
            s.setString(2, "+228" + (70_000_000 + i));
            s.setString(3, region);
            s.setString(4, i % 4 == 0 ? "en" : "fr");
            s.addBatch();
            int n = 1 + random.nextInt(3);
            java.util.LinkedHashSet<String> trades = new java.util.LinkedHashSet<>();
            if (match || (!region.equals(REGION) && random.nextInt(4) == 0)) {
              trades.add(TRADE);
            }
            while (trades.size() < n) {
              trades.add(others.get(random.nextInt(others.size())));
            }
            int position = 1;
            for (String trade : trades) {
              t.setLong(1, id);
              t.setInt(2, position++);
              t.setString(3, trade);
              t.addBatch();
            }
          }
          s.executeBatch();
          t.executeBatch();
        }
        return null;
      }));
    }
  }

  /** The baseline: the same number of outbox and alert rows, bound with constants, one batch each. */
  static Void rawInsert(Connection c, long vacancyId, int rows) throws java.sql.SQLException {
    try (PreparedStatement o = c.prepareStatement("INSERT INTO outbox (recipient, subscriber_id, vacancy_id, text, "
        + "language, kind, priority, status, encoding, segments, cost, not_before, expires_at, next_attempt_at) "
        + "VALUES (?, ?, ?, ?, 'fr', 'alert', 0, 'queued', 'GSM7', 1, 15.0, 0, NULL, 0)");
         PreparedStatement a = c.prepareStatement("INSERT INTO alerts (subscriber_id, vacancy_id, outbox_id, status, "
             + "due_at) VALUES (?, ?, ?, 'queued', 0)")) {
      long firstOutbox = one(c, "SELECT COALESCE(MAX(id), 0) FROM outbox") + 1;
      String text = "Offre K0000: Macon qualifie pour chantier, Agoe, BTP Sarl, 4 postes. Details: INFO K0000 ou *888#. "
          + "Stop: STOP au 8888";
      for (int i = 0; i < rows; i++) {
        o.setString(1, "+228" + (70_000_000 + i));
        o.setLong(2, i + 1);
        o.setLong(3, vacancyId);
        o.setString(4, text);
        o.addBatch();
      }
      o.executeBatch();
      for (int i = 0; i < rows; i++) {
        a.setLong(1, i + 1);
        a.setLong(2, vacancyId);
        a.setLong(3, firstOutbox + i);
        a.addBatch();
      }
      a.executeBatch();
    }
    return null;
  }

  static long one(Connection c, String sql) throws java.sql.SQLException {
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
