package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.jobline.aggregator.africastalking.AtStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link going down and coming back, a crash mid-batch, a graceful stop mid-batch, the throttle. */
class ResilienceTest {
  @TempDir
  Path tmp;
  private Harness h;

  @AfterEach
  void close() {
    if (h != null) {
      h.close();
    }
  }

  private int freePort() {
    HttpServer s = Harness.await(h.vertx.createHttpServer().requestHandler(r -> {}).listen(0, "127.0.0.1"));
    int port = s.actualPort();
    Harness.await(s.close());
    return port;
  }

  @Test
  void breakerOpensWhenTheLinkIsDownAndClosesWhenItReturns() throws InterruptedException {
    h = new Harness(tmp);
    int port = freePort();
    h.startGateway("http://127.0.0.1:" + port, Harness.env("JOBLINE_OUTBOX_BREAKER_THRESHOLD", 3,
        "JOBLINE_OUTBOX_BREAKER_PROBE_MS", 300, "JOBLINE_OUTBOX_MAX_IN_FLIGHT", 1));
    List<OutboundSms> batch = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      batch.add(Harness.alert("+2289000010" + i, "offre " + i));
    }
    List<Long> ids = h.enqueue(batch.toArray(OutboundSms[]::new));
    // Wait on the aggregator's own check (another check, e.g. a store still warming up, can also
    // make /ready 503 for a moment), then the whole answer must be 503 with it.
    h.waitUntil("/ready says the link is down", () -> {
      HttpResponse<Buffer> r = h.get("/ready");
      return r.statusCode() == 503 && !r.bodyAsJsonObject().getJsonObject("checks").getJsonObject("aggregator").getBoolean("ok");
    });
    HttpResponse<Buffer> ready = h.get("/ready");
    assertThat(ready.statusCode()).isEqualTo(503);
    JsonObject aggregator = ready.bodyAsJsonObject().getJsonObject("checks").getJsonObject("aggregator");
    assertThat(aggregator.getBoolean("ok")).isFalse();
    assertThat(aggregator.getString("breaker")).isIn("open", "probing");
    assertThat(aggregator.getLong("queueDepth")).isEqualTo(10L);
    // While open, only one probe per 300 ms goes out (without the breaker, ten messages retrying
    // every 50-400 ms would make dozens of attempts a second); nothing is lost or failed.
    long attemptsBefore = h.count("SELECT SUM(attempts) FROM outbox");
    Thread.sleep(1000);
    long attemptsAfter = h.count("SELECT SUM(attempts) FROM outbox");
    assertThat(attemptsAfter - attemptsBefore).isLessThanOrEqualTo(5);
    assertThat(h.count("SELECT COUNT(*) FROM outbox WHERE status = 'failed'")).isZero();
    h.enqueue(Harness.alert("+22890000200", "pendant la panne"));
    assertThat(h.count("SELECT COUNT(*) FROM outbox WHERE status IN ('queued', 'sending')")).isEqualTo(11);

    Harness.await(h.stub.start(h.vertx, port));
    h.waitUntil("the queue drains", () -> h.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'") == 11);
    h.waitUntil("/ready is back", () -> h.get("/ready").statusCode() == 200);
    JsonObject back = h.get("/ready").bodyAsJsonObject().getJsonObject("checks").getJsonObject("aggregator");
    assertThat(back.getString("breaker")).isEqualTo("closed");
    assertThat(back.getLong("queueDepth")).isZero();
    assertThat(ids).allSatisfy(id -> assertThat(h.outbox(id).get("status")).isEqualTo("sent"));
  }

  @Test
  void rowsLeftSendingByACrashWaitUnconfirmedInsteadOfBeingSentAgainAtRestart() throws InterruptedException {
    h = new Harness(tmp).startStub().startGateway(null, Harness.env());
    h.stopGateway();
    // What a kill -9 mid-batch leaves: rows claimed ('sending', attempt counted) but no outcome saved.
    h.startGateway(null, Harness.env("JOBLINE_OUTBOX_POLL_MS", 60_000));
    List<Long> ids = h.enqueue(Harness.alert("+22890000001", "a"), Harness.alert("+22890000002", "b"));
    h.stopGateway();
    Harness crashed = new Harness(tmp);
    crashed.startGateway("http://127.0.0.1:9", Harness.env("JOBLINE_OUTBOX_POLL_MS", 60_000));
    Harness.await(crashed.store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      // claimed an hour ago: on PostgreSQL a starting node takes back only rows held longer than the claim lease
      // (another node may be sending them); on SQLite every row left 'sending' was this process's
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE outbox SET status = 'sending', attempts = 1, route = 'africastalking', updated_at = ?")) {
        p.setLong(1, System.currentTimeMillis() - 3_600_000L);
        return p.executeUpdate();
      }
    }));
    crashed.close();
    h.startGateway(null, Harness.env());
    h.waitUntil("both are unconfirmed", () -> ids.stream().allMatch(id -> "unconfirmed".equals(h.outbox(id).get("status"))));
    Thread.sleep(500); // 25 polls
    assertThat(h.stub.received).as("the aggregator may have them: not sent again at once (issue 25)").isEmpty();
    assertThat(h.rows("SELECT status FROM delivery_events WHERE outbox_id = ? ORDER BY id", ids.get(0)))
        .extracting(m -> m.get("status")).containsExactly("unconfirmed");
    assertThat(h.outbox(ids.get(0)).get("attempts")).isEqualTo(1);
  }

  @Test
  void aGracefulStopMidBatchLeavesNothingSending() {
    h = new Harness(tmp).startStub();
    h.stub.answer = r -> {
      try {
        Thread.sleep(5); // a slow aggregator keeps requests in flight while we stop
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return AtStub.acceptAll(r);
    };
    h.startGateway(null, Harness.env("JOBLINE_OUTBOX_MAX_IN_FLIGHT", 2, "JOBLINE_OUTBOX_BATCH_SIZE", 50));
    List<OutboundSms> many = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add(Harness.alert("+228901" + String.format("%05d", i), "offre " + i));
    }
    h.enqueue(many.toArray(OutboundSms[]::new));
    h.waitUntil("sending has started", () -> h.stub.received.size() > 20);
    h.stopGateway();
    h.startGateway(null, Harness.env("JOBLINE_OUTBOX_POLL_MS", 60_000));
    assertThat(h.count("SELECT COUNT(*) FROM outbox WHERE status IN ('sending', 'unconfirmed')")).isZero();
    assertThat(h.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")).isEqualTo(h.stub.received.size());
  }

  @Test
  void theThrottleIsNeverExceededAndIsReached() throws InterruptedException {
    h = new Harness(tmp).startStub();
    h.startGateway(null, Harness.env("JOBLINE_OUTBOX_SEGMENTS_PER_SECOND", 10));
    // Warm the link first: a cold JVM's first connections delay the first requests by hundreds of
    // milliseconds and bunch them up at the stub, which says nothing about the pace we send at.
    long warm = h.enqueue(Harness.alert("+22890000999", "warm up")).get(0);
    h.waitUntil("the link is warm", () -> "sent".equals(h.outbox(warm).get("status")));
    Thread.sleep(1000);
    h.stub.received.clear();
    List<OutboundSms> many = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      many.add(Harness.alert("+228902" + String.format("%05d", i), "offre " + i));
    }
    for (int i = 0; i < 4; i++) {
      many.add(Harness.alert("+228903" + String.format("%05d", i), "longue offre " + i + " " + "x".repeat(200)));
    }
    h.enqueue(many.toArray(OutboundSms[]::new));
    long start = System.currentTimeMillis();
    h.waitUntil("all are sent", () -> h.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'") == 29);
    long elapsed = System.currentTimeMillis() - start;
    List<long[]> arrivals = h.stub.received.stream()
        .map(r -> new long[] {r.atMs(), (long) org.jobline.gsm.Gsm7.cost(r.form().get("message")).segments() * r.to().size()})
        .toList();
    assertThat(arrivals.stream().mapToLong(a -> a[1]).sum()).isEqualTo(32);
    // Counted at the stub in every window of 900 ms (100 ms left for loopback jitter): never above 10.
    for (long[] first : arrivals) {
      long inWindow = arrivals.stream().filter(a -> a[0] >= first[0] && a[0] < first[0] + 900).mapToLong(a -> a[1]).sum();
      assertThat(inWindow).isLessThanOrEqualTo(10);
    }
    // 32 segments at 10 per second cannot take less than ~2.2 s, and reaching the rate keeps it well under 8 s.
    assertThat(elapsed).isBetween(2200L, 8000L);
  }
}
