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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jobline.app.Gateway;
import org.jobline.config.ConfigLoader;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.store.postgres.TestPostgres;

/**
 * Two gateways on one PostgreSQL draining the same outbox, against one (not a test). The stand-in for the AT
 * API answers each request after a fixed delay (-DdelayMs, default 100), and each node holds at most
 * -DmaxInFlight requests (default 32): the aggregator, not the database, is the limit, so a second node
 * should nearly double the rate. Order: one node, two nodes, one node again (the ratio is against the mean of
 * the two single-node runs). Run: bench/delivery/run-two-nodes.sh [messages]
 */
public final class TwoNodeBench {
  private static final AtomicLong ids = new AtomicLong();
  private static final long DELAY_MS = Long.getLong("delayMs", 100);

  public static void main(String[] args) {
    int status = 1;
    try {
      run(args.length > 0 ? Integer.parseInt(args[0]) : 6000);
      status = 0;
    } catch (Throwable e) {
      e.printStackTrace();
    } finally {
      System.out.flush();
      Runtime.getRuntime().halt(status);
    }
  }

  private static void run(int n) throws Exception {
    Vertx stubVertx = Vertx.vertx();
    HttpServer stub = await(stubVertx.createHttpServer()
        .requestHandler(req -> answer(stubVertx, req)).listen(0, "127.0.0.1"));
    TestPostgres.Database db = TestPostgres.newDatabase();
    Path dir = Files.createTempDirectory("jobline-bench-two");
    Map<String, String> env = new HashMap<>(Map.of("JOBLINE_STORE_ENGINE", "postgres", "JOBLINE_STORE_URL", db.url(),
        "JOBLINE_STORE_USER", db.user(), "JOBLINE_STORE_PASSWORD", db.password(), "JOBLINE_STORE_BACKUP_TIME", "off",
        "JOBLINE_HTTP_PORT", "0", "JOBLINE_AGGREGATOR_TYPE", "africastalking",
        "JOBLINE_AGGREGATOR_AFRICASTALKING_BASE_URL", "http://127.0.0.1:" + stub.actualPort(),
        "JOBLINE_AGGREGATOR_CALLBACK_SECRET", "bench-secret-0123456789"));
    env.put("JOBLINE_OUTBOX_SEGMENTS_PER_SECOND", "0");
    env.put("JOBLINE_OUTBOX_POLL_MS", "20");
    env.put("JOBLINE_ALERTS_QUIET_HOURS", "off");
    env.put("JOBLINE_OUTBOX_MAX_IN_FLIGHT", System.getProperty("maxInFlight", "32"));
    Vertx vertxA = Vertx.vertx();
    Vertx vertxB = Vertx.vertx();
    Gateway a = await(Gateway.start(vertxA, new ConfigLoader().load(null, withPath(env, dir.resolve("a.db")))));
    System.out.printf("messages %,d (distinct texts), aggregator delay %d ms per request, maxInFlight %s per node, load average %s%n",
        n, DELAY_MS, env.get("JOBLINE_OUTBOX_MAX_IN_FLIGHT"), loadAverage());
    drain(a, n / 4); // warm-up
    double one1 = drain(a, n);
    System.out.printf("one node: %,.0f msg/s (load average %s)%n", one1, loadAverage().trim());
    Gateway b = await(Gateway.start(vertxB, new ConfigLoader().load(null, withPath(env, dir.resolve("b.db")))));
    drain(a, n / 4); // node B's warm-up
    double two = drain(a, n);
    System.out.printf("two nodes: %,.0f msg/s (load average %s)%n", two, loadAverage().trim());
    await(b.stop());
    double one2 = drain(a, n);
    System.out.printf("one node again: %,.0f msg/s (load average %s)%n", one2, loadAverage().trim());
    System.out.printf("two nodes / one node: %.2fx (against the mean of the two single-node runs; target >= 1.6x)%n",
        two / ((one1 + one2) / 2));
    await(a.stop());
  }

  private static Map<String, String> withPath(Map<String, String> env, Path file) {
    Map<String, String> e = new HashMap<>(env);
    e.put("JOBLINE_STORE_PATH", file.toString());
    return e;
  }

  private static void answer(Vertx stubVertx, HttpServerRequest req) {
    req.setExpectMultipart(true);
    req.end().onSuccess(v -> {
      JsonArray recipients = new JsonArray();
      for (String number : req.getFormAttribute("to").split(",")) {
        recipients.add(new JsonObject().put("statusCode", 101).put("number", number).put("status", "Success")
            .put("cost", "XOF 15.0000").put("messageId", "ATXid_" + ids.incrementAndGet()));
      }
      stubVertx.setTimer(DELAY_MS, t -> req.response().setStatusCode(201).putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("SMSMessageData", new JsonObject().put("Recipients", recipients)).encode()));
    });
  }

  /** Queues n distinct texts in one transaction (through node A), then times until none is queued or sending. */
  private static double drain(Gateway gateway, int n) throws Exception {
    Outbox outbox = new Outbox(gateway.context().config().sms());
    String prefix = "Offre " + ids.incrementAndGet() + " numero ";
    await(gateway.context().store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(Outbox.insertSql())) {
        for (int i = 0; i < n; i++) {
          outbox.bind(p, new OutboundSms("+2289" + String.format("%07d", i), null, null, prefix + i, "fr",
              OutboundSms.Kind.ALERT, 0, null));
          p.addBatch();
        }
        p.executeBatch();
      }
      return null;
    }));
    long start = System.nanoTime();
    while (await(gateway.context().store().read(tx -> {
      try (PreparedStatement p = tx.jdbc().prepareStatement("SELECT EXISTS (SELECT 1 FROM outbox WHERE status IN ('queued', 'sending'))");
           ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }))) {
      Thread.sleep(20);
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }

  private static String loadAverage() {
    return DeliveryBench.loadAverage();
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
  }
}
