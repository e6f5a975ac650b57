package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jobline.app.Gateway;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.simulator.modem.EmulatedSim;
import org.jobline.simulator.modem.ModemEmulator;
import org.jobline.simulator.modem.PtyPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end failover with the AT route on the built-in simulator and the GSM modem
 * route on a real pseudo-terminal, the modem emulator on its other side: AT's network down
 * (simulator API) -> a registration confirmation goes out through the modem within seconds (the
 * emulator decodes its PDU); alerts wait (routing.alert lists only AT, and a modem takes no bulk);
 * network up -> the alerts reach the simulator's phones through AT; no text sent twice. (Failover
 * between two test-only routes, without a pseudo-terminal, is {@code outbox.FailoverTest}.)
 */
class ModemFailoverTest {
  private static final String SEEKER = "+22890555111";
  private static final List<String> ALERTED = List.of("+22891555001", "+22891555002");
  @TempDir
  Path tmp;
  private final Vertx vertx = Vertx.vertx();
  private final WebClient client = WebClient.create(vertx);
  private Gateway gateway;
  private String url;
  private PtyPair pty;
  private ModemEmulator modem;

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
  void atDownConfirmationThroughTheModemAlertsWaitAndDrainThroughAtWhenItIsBack() throws Exception {
    assumeTrue(PtyPair.available(), "socat not installed (Debian package socat): modem failover test skipped");
    pty = PtyPair.open(tmp.resolve("pty"));
    modem = ModemEmulator.open(pty.modemSide(), null);
    Map<String, String> env = new HashMap<>();
    env.put("JOBLINE_STORE_PATH", tmp.resolve("j.db").toString());
    env.put("JOBLINE_ROUTES_AT_TYPE", "simulator");
    env.put("JOBLINE_ROUTES_MODEM_TYPE", "modem");
    env.put("JOBLINE_ROUTES_MODEM_DEVICE", pty.routeSide());
    env.put("JOBLINE_ROUTES_MODEM_MESSAGES_PER_MINUTE", "600");
    env.put("JOBLINE_ROUTES_MODEM_CHECK_EVERY_MS", "300");
    env.put("JOBLINE_ROUTES_MODEM_READ_TIMEOUT_MS", "1500");
    env.put("JOBLINE_ROUTES_MODEM_COST_PER_SEGMENT", "30");
    env.put("JOBLINE_ROUTING_DEFAULT", "at");
    env.put("JOBLINE_ROUTING_REPLY", "at, modem");
    env.put("JOBLINE_ROUTING_CONFIRMATION", "at, modem");
    env.put("JOBLINE_ROUTING_ALERT", "at");
    env.put("JOBLINE_ALERTS_QUIET_HOURS", "off");
    env.put("JOBLINE_OUTBOX_BREAKER_THRESHOLD", "1");
    env.put("JOBLINE_OUTBOX_BREAKER_PROBE_MS", "500");
    env.put("JOBLINE_OUTBOX_BACKOFF_BASE_MS", "100");
    env.put("JOBLINE_OUTBOX_BACKOFF_MAX_MS", "500");
    env.put("JOBLINE_OUTBOX_MAX_ATTEMPTS", "100");
    env.put("JOBLINE_OUTBOX_POLL_MS", "50");
    gateway = await(Gateway.start(vertx, SimTestSupport.config(env)));
    url = "http://127.0.0.1:" + gateway.port();

    network("down");
    Outbox outbox = new Outbox(gateway.context().config().sms());
    await(gateway.context().store().write(tx -> {
      for (String phone : ALERTED) {
        outbox.enqueue(tx, new OutboundSms(phone, null, null, "Offre: soudeur a Lome", "fr", OutboundSms.Kind.ALERT, 0, null));
      }
      return null;
    }));
    waitFor(() -> !"closed".equals(ready().getJsonObject("aggregator").getString("breaker")), "AT's breaker open");

    long asked = System.currentTimeMillis();
    assertThat(await(client.postAbs(url + "/simulator/api/sms")
        .sendJsonObject(new JsonObject().put("from", SEEKER).put("text", "INSCRIRE soudeur lome"))).statusCode()).isEqualTo(200);
    waitFor(() -> modem.sent().stream().anyMatch(s -> s.submit().to().equals(SEEKER)), "confirmation through the modem");
    long took = System.currentTimeMillis() - asked;
    System.out.printf("AT down: confirmation out through the modem %d ms after the text came in%n", took);
    assertThat(modem.problems()).as("every PDU the modem got decodes").isEmpty();
    assertThat(took).as("within seconds").isLessThan(15_000);
    waitFor(() -> routeOf(SEEKER) != null, "the send saved (group commit)");
    assertThat(routeOf(SEEKER)).isEqualTo("modem");

    Thread.sleep(2000);
    assertThat(modem.sent()).as("alerts wait for AT").noneMatch(s -> ALERTED.contains(s.submit().to()));
    for (String phone : ALERTED) {
      assertThat(inbox(phone)).isEmpty();
    }

    network("up");
    waitFor(() -> ALERTED.stream().allMatch(p -> !inbox(p).isEmpty()), "alerts drained through AT");
    for (String phone : ALERTED) {
      waitFor(() -> routeOf(phone) != null, "the send saved");
      assertThat(routeOf(phone)).isEqualTo("at");
    }
    Map<String, Integer> times = new HashMap<>();
    List<String> all = new ArrayList<>();
    for (EmulatedSim.Sent s : modem.sent()) {
      all.add(s.submit().to() + "|" + s.submit().userData().text());
    }
    for (String phone : List.of(SEEKER, ALERTED.get(0), ALERTED.get(1))) {
      inbox(phone).forEach(m -> all.add(phone + "|" + ((JsonObject) m).getString("text")));
    }
    all.forEach(k -> times.merge(k, 1, Integer::sum));
    assertThat(times.values()).as("no text sent twice: %s", times).allMatch(n -> n == 1);
  }

  private void network(String mode) {
    assertThat(await(client.postAbs(url + "/simulator/api/network").sendJsonObject(new JsonObject().put("mode", mode)))
        .statusCode()).isEqualTo(200);
  }

  private JsonObject ready() {
    return await(client.getAbs(url + "/ready").send()).bodyAsJsonObject().getJsonObject("checks");
  }

  private JsonArray inbox(String phone) {
    return await(client.getAbs(url + "/simulator/api/phones/" + phone + "/inbox").send()).bodyAsJsonObject()
        .getJsonArray("messages");
  }

  private String routeOf(String phone) {
    return await(gateway.context().store().read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("SELECT route FROM outbox WHERE recipient = ? AND sent_at IS NOT NULL")) {
        p.setString(1, phone);
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
}
