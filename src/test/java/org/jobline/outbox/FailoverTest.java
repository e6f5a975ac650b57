package org.jobline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jobline.aggregator.fake.FakeChannelType.Fake;
import org.jobline.aggregator.fake.FakeChannelType.Sent;
import org.jobline.aggregator.fake.FakeChannelType;
import org.jobline.app.Gateway;
import org.jobline.testing.TestGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routing and failover through the whole gateway with two test-only routes: the primary goes down,
 * a registration confirmation goes out through the spare within seconds while alerts wait (the
 * policy lists only the primary for them); the primary comes back and the alerts drain through it;
 * no text is sent by both; each row keeps the route that carried it and that route's cost.
 */
class FailoverTest {
  private static final String SEEKER = "+22890123456";
  private static final List<String> ALERTED = List.of("+22891000001", "+22891000002", "+22891000003");
  @TempDir
  Path tmp;
  private final Vertx vertx = Vertx.vertx();
  private Gateway gateway;

  @AfterEach
  void stop() throws Exception {
    if (gateway != null) {
      await(gateway.stop());
    }
    await(vertx.close());
  }

  @Test
  void confirmationsFailOverAtOnceAlertsWaitForThePrimaryAndNothingGoesTwice() throws Exception {
    Map<String, String> env = new HashMap<>();
    // one text in, one confirmation out: the optional questions' consent SMS (issue 20) would be a second reply
    env.put("JOBLINE_PROFILE_QUESTIONS_BY_SMS", "false");
    env.put("JOBLINE_ROUTES_PRIMARY_TYPE", "fake");
    env.put("JOBLINE_ROUTES_PRIMARY_PREFIX", "p-");
    env.put("JOBLINE_ROUTES_SPARE_TYPE", "fake");
    env.put("JOBLINE_ROUTES_SPARE_PREFIX", "s-");
    env.put("JOBLINE_ROUTES_SPARE_COST_PER_SEGMENT", "40");
    env.put("JOBLINE_ROUTES_SPARE_CALLBACK_PATH", "/aggregator/spare");
    env.put("JOBLINE_ROUTING_DEFAULT", "primary");
    env.put("JOBLINE_ROUTING_REPLY", "primary, spare");
    env.put("JOBLINE_ROUTING_CONFIRMATION", "primary,spare");
    env.put("JOBLINE_ROUTING_ALERT", "primary");
    env.put("JOBLINE_SMS_COST_PER_SEGMENT", "15");
    env.put("JOBLINE_ALERTS_QUIET_HOURS", "off");
    env.put("JOBLINE_OUTBOX_POLL_MS", "50");
    env.put("JOBLINE_OUTBOX_BREAKER_THRESHOLD", "1");
    env.put("JOBLINE_OUTBOX_BREAKER_PROBE_MS", "1000");
    env.put("JOBLINE_OUTBOX_BACKOFF_BASE_MS", "200");
    env.put("JOBLINE_OUTBOX_BACKOFF_MAX_MS", "1000");
    env.put("JOBLINE_OUTBOX_MAX_ATTEMPTS", "100");
    gateway = await(TestGateway.start(vertx, tmp, env));
    Fake primary = FakeChannelType.BUILT.get("primary");
    Fake spare = FakeChannelType.BUILT.get("spare");

    primary.down(true);
    Outbox outbox = new Outbox(gateway.context().config().sms());
    await(gateway.context().store().write(tx -> {
      for (String phone : ALERTED) {
        outbox.enqueue(tx, new OutboundSms(phone, null, null, "Offre: macon a Kara", "fr", OutboundSms.Kind.ALERT, 0, null));
      }
      return null;
    }));
    waitFor(() -> primary.refused.get() > 0 && !"closed".equals(route("primary").getString("breaker")), "primary breaker open");

    long asked = System.currentTimeMillis();
    spare.receive("mo-1", SEEKER, "INSCRIRE macon lome");
    waitFor(() -> spare.sent.stream().anyMatch(s -> s.phone().equals(SEEKER)), "confirmation through the spare");
    long tookMs = System.currentTimeMillis() - asked;
    System.out.printf("failover: confirmation out through the spare %d ms after the text came in%n", tookMs);
    assertThat(tookMs).as("within seconds").isLessThan(15_000);
    Sent confirmation = spare.sent.stream().filter(s -> s.phone().equals(SEEKER)).findFirst().orElseThrow();
    waitFor(() -> rowQuietly("sent_at", confirmation.providerId()) != null, "the send saved (group commit)");
    assertThat(row("route", confirmation.providerId())).isEqualTo("spare");
    assertThat(Double.parseDouble(row("cost", confirmation.providerId())))
        .isEqualTo(40.0 * Integer.parseInt(row("segments", confirmation.providerId())));

    Thread.sleep(2500); // a few probes of the primary
    assertThat(spare.sent).as("alerts never fail over to the spare").noneMatch(s -> ALERTED.contains(s.phone()));
    assertThat(primary.sent).isEmpty();
    waitFor(() -> {
      JsonObject a = checks().getJsonObject("aggregator");
      return "primary".equals(a.getString("route")) && !"closed".equals(a.getString("breaker")) && a.getBoolean("ok", false);
    }, "ready: the primary's breaker open, yet messages still leave through the spare");
    JsonObject spareReady = route("spare");
    assertThat(spareReady.getLong("sentToday")).isEqualTo(1L);
    assertThat(spareReady.getDouble("costToday")).isGreaterThanOrEqualTo(40.0);

    primary.down(false);
    waitFor(() -> primary.sent.stream().map(Sent::phone).toList().containsAll(ALERTED), "alerts drained through the primary");
    waitFor(() -> primary.sent.stream().allMatch(a -> rowQuietly("sent_at", a.providerId()) != null), "the sends saved");
    for (Sent alert : primary.sent) {
      assertThat(row("route", alert.providerId())).isEqualTo("primary");
      assertThat(Double.parseDouble(row("cost", alert.providerId())))
          .isEqualTo(15.0 * Integer.parseInt(row("segments", alert.providerId())));
    }
    waitFor(() -> "closed".equals(route("primary").getString("breaker")), "primary breaker closed");

    Map<String, Integer> times = new HashMap<>();
    List<Sent> all = new ArrayList<>(primary.sent);
    all.addAll(spare.sent);
    all.forEach(s -> times.merge(s.phone() + "|" + s.text(), 1, Integer::sum));
    assertThat(times.values()).as("no text sent twice (by one route or by both)").allMatch(n -> n == 1);
    assertThat(times).hasSize(ALERTED.size() + 1);
  }

  private JsonObject route(String name) {
    return checks().getJsonObject("routes").getJsonObject("routes").getJsonObject(name);
  }

  private JsonObject checks() {
    try {
      return TestGateway.client(vertx, gateway).get("/ready").send().map(r -> r.bodyAsJsonObject().getJsonObject("checks"))
          .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String rowQuietly(String column, String providerId) {
    try {
      return row(column, providerId);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String row(String column, String providerId) throws Exception {
    return await(gateway.context().store().read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("SELECT " + column + " FROM outbox WHERE provider_id = ?")) {
        p.setString(1, providerId);
        try (ResultSet rs = p.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      }
    }));
  }

  private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (!condition.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("waited 30 s for: " + what).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
