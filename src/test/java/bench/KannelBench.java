package bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jobline.aggregator.kannel.RealKannel;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;

/**
 * Kannel benchmark (not a test): the real Kannel (bearerbox, smsbox, fakesmsc as the operator)
 * fed by Jobline's outbox through a {@code type: kannel} route, N distinct texts and one text to N
 * numbers, against Kannel's own sendsms fed by a plain HTTP loop (one GET per message, several in
 * flight), in the same run. Each rate runs until fakesmsc has received every message.
 * Run: bench/kannel/run.sh [messages] (default 100000); -Ddlr=31 asks delivery reports on both sides.
 */
public final class KannelBench {
  private static final String SECRET = "bench-secret-0123456789";

  public static void main(String[] args) throws Exception {
    int status = 1;
    try {
      run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000);
      status = 0;
    } catch (Throwable e) {
      e.printStackTrace();
    } finally {
      System.out.flush();
      Runtime.getRuntime().halt(status);
    }
  }

  private static void run(int n) throws Exception {
    if (!RealKannel.installed()) {
      throw new IllegalStateException("Kannel is not installed: apt-get install kannel kannel-extras");
    }
    String dlr = System.getProperty("dlr", "0");
    int depth = Integer.getInteger("depth", 64);
    Vertx vertx = Vertx.vertx();
    RealKannel kannel = RealKannel.create("bench").receiveOnly();
    kannel.keepReceived(false);
    Path dir = Files.createDirectories(kannel.dir().resolve("jobline"));
    Map<String, String> env = new HashMap<>(Map.ofEntries(
        Map.entry("JOBLINE_HTTP_PORT", "0"), Map.entry("JOBLINE_STORE_PATH", dir.resolve("bench.db").toString()),
        Map.entry("JOBLINE_AGGREGATOR_CALLBACK_SECRET", SECRET),
        Map.entry("JOBLINE_ROUTES_KANNEL_TYPE", "kannel"),
        Map.entry("JOBLINE_ROUTES_KANNEL_SENDSMS_URL", kannel.sendsmsUrl()),
        Map.entry("JOBLINE_ROUTES_KANNEL_USERNAME", RealKannel.USER),
        Map.entry("JOBLINE_ROUTES_KANNEL_PASSWORD", RealKannel.PASSWORD),
        Map.entry("JOBLINE_ROUTES_KANNEL_DLR_MASK", dlr),
        Map.entry("JOBLINE_ROUTES_KANNEL_RECIPIENTS_PER_REQUEST", System.getProperty("perRequest", "100")),
        Map.entry("JOBLINE_ROUTING_DEFAULT", "kannel"),
        Map.entry("JOBLINE_OUTBOX_SEGMENTS_PER_SECOND", "0"), Map.entry("JOBLINE_OUTBOX_POLL_MS", "20"),
        Map.entry("JOBLINE_ALERTS_QUIET_HOURS", "off")));
    AppConfig config = new ConfigLoader().load(null, env);
    Gateway gateway = await(Gateway.start(vertx, config));
    kannel.start("http://127.0.0.1:" + gateway.port(), SECRET);
    System.out.printf("messages %d, Kannel 1.4.5 with fakesmsc, dlr-mask %s, plain loop %d in flight, outbox maxInFlight %d,"
        + " recipientsPerRequest %s, cores %d%n", n, dlr, depth, config.outbox().maxInFlight(),
        System.getProperty("perRequest", "100"), Runtime.getRuntime().availableProcessors());

    int warm = Math.min(n, 10_000);
    plainLoop(vertx, kannel, warm, depth, dlr, "warm");
    drain(gateway, kannel, warm, false);
    int rounds = Integer.getInteger("rounds", 1);
    for (int round = 1; round <= rounds; round++) {
      double plain = plainLoop(vertx, kannel, n, depth, dlr, "r" + round);
      System.out.printf("  plain HTTP loop %,.0f msg/s%n", plain);
      double distinct = drain(gateway, kannel, n, false);
      System.out.printf("  Jobline distinct texts %,.0f msg/s%n", distinct);
      double shared = drain(gateway, kannel, n, true);
      System.out.printf("round %d: plain HTTP loop into sendsms %,.0f msg/s; Jobline distinct texts %,.0f msg/s (%.0f%%);"
          + " Jobline one text %,.0f msg/s (%.0f%%)%n", round, plain, distinct, 100 * distinct / plain, shared,
          100 * shared / plain);
    }
    await(gateway.stop());
    kannel.close();
    await(vertx.close());
  }

  /** One GET sendsms per message, {@code depth} in flight, timed until fakesmsc has them all. */
  private static double plainLoop(Vertx vertx, RealKannel kannel, int n, int depth, String dlr, String tag)
      throws Exception {
    WebClient client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(depth));
    AtomicLong next = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    long target = kannel.receivedCount() + n;
    long start = System.nanoTime();
    Promise<Void> sent = Promise.promise();
    AtomicLong finished = new AtomicLong();
    vertx.runOnContext(v -> {
      for (int i = 0; i < depth; i++) {
        getNext(client, kannel, n, dlr, tag, next, finished, refused, sent);
      }
    });
    await(sent.future());
    waitFor(kannel, target);
    double rate = n / ((System.nanoTime() - start) / 1e9);
    client.close();
    if (refused.get() > 0) {
      System.out.printf("  plain loop: %d answers were not 202%n", refused.get());
    }
    return rate;
  }

  private static void getNext(WebClient client, RealKannel kannel, int n, String dlr, String tag, AtomicLong next,
                              AtomicLong finished, AtomicLong refused, Promise<Void> sent) {
    long i = next.getAndIncrement();
    if (i >= n) {
      return;
    }
    var req = client.getAbs(kannel.sendsmsUrl()).addQueryParam("username", RealKannel.USER)
        .addQueryParam("password", RealKannel.PASSWORD).addQueryParam("from", "8888")
        .addQueryParam("to", phone(i)).addQueryParam("text", "Offre " + tag + " numero " + i)
        .addQueryParam("charset", "UTF-8").addQueryParam("coding", "0");
    if (!dlr.equals("0")) {
      req.addQueryParam("dlr-mask", dlr).addQueryParam("dlr-url", "http://127.0.0.1:9/dlr?id=" + i + "&type=%d");
    }
    req.send().onComplete(ar -> {
      if (ar.failed() || ar.result().statusCode() != 202) {
        refused.incrementAndGet();
      }
      if (finished.incrementAndGet() == n) {
        sent.tryComplete();
      }
      getNext(client, kannel, n, dlr, tag, next, finished, refused, sent);
    });
  }

  /** Queues n messages in one transaction, then times until fakesmsc has them all. */
  private static double drain(Gateway gateway, RealKannel kannel, int n, boolean shared) throws Exception {
    Outbox outbox = new Outbox(gateway.context().config().sms());
    long target = kannel.receivedCount() + n;
    String prefix = Long.toString(System.nanoTime() % 100_000);
    await(gateway.context().store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(Outbox.insertSql())) {
        for (int i = 0; i < n; i++) {
          String text = shared ? "Nouvelle offre: macon a Lome, repondez OUI" : "Offre " + prefix + " numero " + i;
          outbox.bind(p, new OutboundSms(phone(i), null, null, text, "fr", OutboundSms.Kind.ALERT, 0, null));
          p.addBatch();
        }
        p.executeBatch();
      }
      return null;
    }));
    long start = System.nanoTime();
    waitFor(kannel, target);
    return n / ((System.nanoTime() - start) / 1e9);
  }

  private static void waitFor(RealKannel kannel, long target) throws InterruptedException {
    long last = -1;
    long stalledSince = System.nanoTime();
    while (kannel.receivedCount() < target) {
      long now = kannel.receivedCount();
      if (now != last) {
        last = now;
        stalledSince = System.nanoTime();
      } else if (System.nanoTime() - stalledSince > TimeUnit.SECONDS.toNanos(120)) {
        throw new IllegalStateException("fakesmsc stalled at " + now + " of " + target + " (see " + kannel.dir() + ")");
      }
      Thread.sleep(20);
    }
  }

  private static String phone(long i) {
    return String.format("+2289%07d", i % 10_000_000);
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(600, TimeUnit.SECONDS);
  }
}
