package org.jobline.aggregator.modem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jobline.app.Gateway;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.simulator.modem.EmulatedSim;
import org.jobline.simulator.modem.ModemEmulator;
import org.jobline.simulator.modem.PtyPair;
import org.jobline.testing.TestGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole gateway with {@code routes: { modem: { type: modem, device: <pty> } }, routing.default: modem}
 * and the modem emulator on the other side of a real pseudo-terminal pair.
 */
class ModemGatewayTest {
  private static final String PHONE = "+22890112233";
  @TempDir
  Path tmp;
  private final Vertx vertx = Vertx.vertx();
  private PtyPair pty;
  private ModemEmulator modem;
  private Gateway gateway;

  @AfterEach
  void stop() throws Exception {
    if (gateway != null) {
      await(gateway.stop());
    }
    if (modem != null) {
      modem.close();
    }
    if (pty != null) {
      pty.close();
    }
    await(vertx.close());
  }

  @Test
  void anOffresTextIsAnsweredThroughTheModemItsReportMovesTheRowAndADeadModemLosesNothing() throws Exception {
    assumeTrue(PtyPair.available(), "socat not installed (Debian package socat): modem tests skipped");
    pty = PtyPair.open(tmp.resolve("pty"));
    modem = ModemEmulator.open(pty.modemSide(), null);
    gateway = await(TestGateway.start(vertx, tmp, Map.of("JOBLINE_ROUTES_MODEM_TYPE", "modem",
        "JOBLINE_ROUTES_MODEM_DEVICE", pty.routeSide(), "JOBLINE_ROUTES_MODEM_MESSAGES_PER_MINUTE", "600",
        "JOBLINE_ROUTES_MODEM_CHECK_EVERY_MS", "300", "JOBLINE_ROUTES_MODEM_READ_TIMEOUT_MS", "1500",
        "JOBLINE_ROUTES_MODEM_REOPEN_MAX_MS", "500", "JOBLINE_ROUTES_MODEM_BULK", "true",
        "JOBLINE_ROUTING_DEFAULT", "modem",
        "JOBLINE_OUTBOX_POLL_MS", "50", "JOBLINE_OUTBOX_BREAKER_PROBE_MS", "300")));

    modem.receive(PHONE, "OFFRES");
    waitFor(() -> modem.sent().size() >= 1);
    EmulatedSim.Sent reply = modem.sent().get(0);
    assertThat(modem.problems()).isEmpty();
    assertThat(reply.submit().to()).isEqualTo(PHONE);
    assertThat(reply.submit().statusReport()).isTrue();
    String providerId = ProviderIds.sent("modem", reply.mr(), PHONE);
    waitFor(() -> "sent".equals(column("status", providerId)));
    assertThat(column("route", providerId)).isEqualTo("modem");
    assertThat(column("text", providerId)).isEqualTo(reply.submit().userData().text());
    waitFor(() -> modem.storedCount() == 0);

    modem.report(reply.mr(), PHONE, 0x00);
    waitFor(() -> "delivered".equals(column("status", providerId)));

    JsonObject ready = readyRoute();
    assertThat(ready.getString("type")).isEqualTo("modem");
    assertThat(ready.getString("state")).isEqualTo("ready");
    assertThat(ready.getInteger("signal")).isEqualTo(18);
    assertThat(ready.getBoolean("bulk")).as("bulk: true, as set").isTrue();

    modem.dead(true);
    waitFor(() -> !"ready".equals(readyRoute().getString("state")));
    String during = "Votre inscription est confirmee";
    await(gateway.context().store().write(tx -> new Outbox(gateway.context().config().sms())
        .enqueue(tx, OutboundSms.reply(PHONE, null, during, "fr"))));
    Thread.sleep(1500); // the dispatcher meets the dead modem: connection failures, the row waits
    assertThat(modem.sent()).hasSize(1);
    modem.dead(false);
    waitFor(() -> modem.sent().stream().anyMatch(s -> s.submit().userData().text().equals(during)));
    waitFor(() -> "ready".equals(readyRoute().getString("state")));
    Thread.sleep(1000);
    assertThat(modem.sent()).extracting(s -> s.submit().userData().text()).containsOnlyOnce(during).hasSize(2);
    assertThat(modem.problems()).isEmpty();
  }

  private JsonObject readyRoute() {
    try {
      JsonObject body = await(TestGateway.client(vertx, gateway).get("/ready").send().map(r -> r.bodyAsJsonObject()));
      return body.getJsonObject("checks").getJsonObject("routes").getJsonObject("routes").getJsonObject("modem");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String column(String name, String providerId) {
    try {
      return await(gateway.context().store().read(tx -> {
        java.sql.Connection c = tx.jdbc();
        try (PreparedStatement p = c.prepareStatement("SELECT " + name + " FROM outbox WHERE provider_id = ?")) {
          p.setString(1, providerId);
          try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
          }
        }
      }));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (!condition.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("waited 30 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
