package org.jobline.aggregator.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jobline.aggregator.smpp.testsmsc.SmscSubmit;
import org.jobline.aggregator.smpp.testsmsc.TestSmsc;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.testing.TestGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole gateway over SMPP: 1,000 alerts leave through the outbox, the SMPP route and the test
 * SMSC while the SMSC drops the link twice (once right after recording a submit, so its answer is
 * lost) and throttles for a while. Every message ends sent or delivered and no text is recorded
 * twice: a submit whose answer was lost waits 'unconfirmed' until its receipt (matched by phone)
 * confirms it, instead of being sent again (issue 25). An SMS command's reply leaves on the bind it came in on.
 */
class SmppGatewayTest {
  private static final int ALERTS = 1000;
  @TempDir
  Path tmp;
  private final Vertx vertx = Vertx.vertx();
  private TestSmsc smsc;
  private Gateway gateway;

  @AfterEach
  void stop() throws Exception {
    if (gateway != null) {
      await(gateway.stop());
    }
    if (smsc != null) {
      smsc.close();
    }
    await(vertx.close());
  }

  @Test
  void thousandAlertsThroughDropsAndThrottlingThenAReplyOnTheSameBind() throws Exception {
    smsc = TestSmsc.start(0, 96);
    smsc.behaviour().receipts(true, 200, "DELIVRD");
    gateway = await(TestGateway.start(vertx, tmp, Map.ofEntries(
        Map.entry("JOBLINE_ROUTES_SMSC_TYPE", "smpp"), Map.entry("JOBLINE_ROUTES_SMSC_HOST", "127.0.0.1"),
        Map.entry("JOBLINE_ROUTES_SMSC_PORT", String.valueOf(smsc.port())),
        Map.entry("JOBLINE_ROUTES_SMSC_SYSTEM_ID", "jobline"), Map.entry("JOBLINE_ROUTES_SMSC_PASSWORD", "secret"),
        Map.entry("JOBLINE_ROUTES_SMSC_SEGMENTS_PER_SECOND", "0"),
        Map.entry("JOBLINE_ROUTES_SMSC_RECONNECT_MIN_SECONDS", "0.1"),
        Map.entry("JOBLINE_ROUTES_SMSC_RECONNECT_MAX_SECONDS", "1"),
        Map.entry("JOBLINE_ROUTING_DEFAULT", "smsc"), Map.entry("JOBLINE_OUTBOX_POLL_MS", "50"),
        Map.entry("JOBLINE_OUTBOX_SEGMENTS_PER_SECOND", "0"), Map.entry("JOBLINE_OUTBOX_BACKOFF_BASE_MS", "200"),
        Map.entry("JOBLINE_OUTBOX_BACKOFF_MAX_MS", "2000"), Map.entry("JOBLINE_OUTBOX_MAX_ATTEMPTS", "50"),
        Map.entry("JOBLINE_OUTBOX_BREAKER_PROBE_MS", "300"), Map.entry("JOBLINE_ALERTS_QUIET_HOURS", "off"),
        // a submit written as the link went down that the SMSC never read has no receipt: resent after this
        Map.entry("JOBLINE_OUTBOX_CONFIRM_WAIT_MINUTES", "1"))));
    waitFor("the bind", 30, () -> smsc.boundSessions() == 1);

    enqueueAlerts(gateway.context().config());
    waitFor("200 recorded", 60, () -> smsc.recorded() >= 200);
    smsc.behaviour().dropAtSubmit(1); // first drop: that submit is recorded, its answer lost
    waitFor("the first drop and rebind", 60, () -> smsc.binds() >= 2 && smsc.boundSessions() == 1);
    waitFor("500 recorded", 60, () -> smsc.recorded() >= 500);
    smsc.behaviour().throttleFor(1500);
    waitFor("throttled answers", 30, () -> smsc.behaviour().throttledAnswers() > 0);
    waitFor("700 recorded", 60, () -> smsc.recorded() >= 700);
    smsc.dropAll(); // second drop: a plain lost link
    waitFor("the second rebind", 60, () -> smsc.binds() >= 3 && smsc.boundSessions() == 1);

    waitFor("every alert sent or delivered", 180, () -> count("status NOT IN ('sent','delivered')") == 0);
    assertThat(count("status IN ('sent','delivered')")).isEqualTo(ALERTS);

    List<SmscSubmit> all = smsc.submits();
    Map<String, List<SmscSubmit>> byText = all.stream().collect(Collectors.groupingBy(SmscSubmit::text));
    assertThat(byText).as("every alert reached the SMSC").hasSize(ALERTS);
    long confirmed = events("status = 'sent' AND reason LIKE 'confirmed by%'");
    System.out.printf("SMPP gateway test: %d alerts, %d submits recorded, %d answers lost, %d unconfirmed messages "
            + "confirmed by their receipt, %d sent again after the confirm wait, %d throttled answers, %d binds%n",
        ALERTS, all.size(), smsc.behaviour().lostResponses(), confirmed,
        events("status = 'queued' AND reason LIKE 'no delivery report%'"), smsc.behaviour().throttledAnswers(),
        smsc.binds());
    for (Map.Entry<String, List<SmscSubmit>> e : byText.entrySet()) {
      assertThat(e.getValue()).as("'%s' recorded once: a lost answer is not a reason to send again", e.getKey())
          .hasSize(1);
    }
    assertThat(smsc.behaviour().lostResponses()).as("the first drop lost at least its own answer").isPositive();
    assertThat(confirmed).as("each lost answer's message confirmed by its receipt")
        .isGreaterThanOrEqualTo(smsc.behaviour().lostResponses());
    assertThat(smsc.behaviour().throttledAnswers()).isPositive();
    waitFor("receipts applied", 60, () -> count("status = 'delivered'") == ALERTS);

    String mo = "+22891234567";
    String session = smsc.sendMo(mo.substring(1), "8888", "AIDE");
    waitFor("the reply", 30, () -> smsc.submits().stream().anyMatch(s -> s.dest().equals(mo.substring(1))));
    SmscSubmit reply = smsc.submits().stream().filter(s -> s.dest().equals(mo.substring(1))).findFirst().orElseThrow();
    assertThat(reply.sessionId()).as("the reply leaves on the bind the SMS came in on").isEqualTo(session);
    assertThat(reply.text()).isNotBlank();
  }

  private void enqueueAlerts(AppConfig config) throws Exception {
    Outbox outbox = new Outbox(config.sms());
    await(gateway.context().store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(Outbox.insertSql())) {
        for (int i = 0; i < ALERTS; i++) {
          outbox.bind(p, new OutboundSms(String.format("+2289%07d", i), null, null,
              "Offre " + i + ": macon a Lome, 3 mois. Repondez OUI " + i, "fr", OutboundSms.Kind.ALERT, 0, null));
          p.addBatch();
        }
        p.executeBatch();
      }
      return null;
    }));
  }

  private long count(String where) {
    return count("outbox", where);
  }

  private long events(String where) {
    return count("delivery_events", where);
  }

  private long count(String table, String where) {
    try {
      return await(gateway.context().store().read(tx -> {
        java.sql.Connection c = tx.jdbc();
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + where);
             ResultSet rs = p.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitFor(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() < deadline).as("waited %d s for %s", seconds, what).isTrue();
      Thread.sleep(20);
    }
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}
