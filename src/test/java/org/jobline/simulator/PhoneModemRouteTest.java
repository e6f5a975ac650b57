package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jobline.app.Gateway;
import org.jobline.simulator.modem.PtyPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulator.modem.link: true}: the gateway runs a modem route named "modem" on the modem
 * emulator behind a real pseudo-terminal pair, and the browser phone's API can text through it. A
 * phone sends OFFRES with {@code route: modem}: it reaches Jobline through the modem route (+CMTI,
 * AT+CMGR), the reply leaves through it (routing.reply lists it first), lands in the phone's inbox
 * marked "via modem", and the emulated status report makes the row delivered.
 */
class PhoneModemRouteTest {
  private static final String PHONE = "+22890777001";
  @TempDir
  Path tmp;
  private final Vertx vertx = Vertx.vertx();
  private final WebClient client = WebClient.create(vertx);
  private Gateway gateway;
  private String url;

  @AfterEach
  void stop() {
    if (gateway != null) {
      await(gateway.stop());
    }
    await(vertx.close());
  }

  private void start(Map<String, String> more) {
    Map<String, String> env = new HashMap<>();
    env.put("JOBLINE_STORE_PATH", tmp.resolve("j.db").toString());
    env.put("JOBLINE_ROUTES_AT_TYPE", "simulator");
    env.put("JOBLINE_ROUTING_DEFAULT", "at");
    env.put("JOBLINE_OUTBOX_POLL_MS", "50");
    env.putAll(more);
    gateway = await(Gateway.start(vertx, SimTestSupport.config(env)));
    url = "http://127.0.0.1:" + gateway.port();
  }

  @Test
  void offresSentThroughTheModemIsAnsweredThroughTheModem() throws Exception {
    assumeTrue(PtyPair.available(), "socat not installed (Debian package socat): simulator modem link test skipped");
    start(Map.of("JOBLINE_SIMULATOR_MODEM_LINK", "true", "JOBLINE_ROUTING_REPLY", "modem, at"));
    JsonObject modem = await(client.getAbs(url + "/simulator/api/modem").send()).bodyAsJsonObject();
    assertThat(modem.getBoolean("linked")).isTrue();
    assertThat(modem.getString("route")).isEqualTo("modem");
    waitFor(() -> "ready".equals(readyModem().getString("state")), "the modem route ready on the emulator");
    assertThat(readyModem().getString("type")).isEqualTo("simulator-modem");

    HttpResponse<Buffer> sent = sms(new JsonObject().put("from", PHONE).put("text", "OFFRES").put("route", "modem"));
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.bodyAsJsonObject().getString("via")).isEqualTo("modem");

    waitFor(() -> !inbox(PHONE).isEmpty(), "the reply on the phone");
    JsonObject reply = inbox(PHONE).getJsonObject(0);
    assertThat(reply.getString("via")).isEqualTo("modem");
    assertThat(reply.getString("text")).isNotBlank();
    assertThat(column("SELECT provider FROM inbound_messages WHERE phone = ? AND text = 'OFFRES'"))
        .as("the text came in through the modem route").isEqualTo("modem");
    waitFor(() -> column("SELECT route FROM outbox WHERE recipient = ? AND sent_at IS NOT NULL") != null, "the send saved");
    assertThat(column("SELECT route FROM outbox WHERE recipient = ? AND sent_at IS NOT NULL")).isEqualTo("modem");
    assertThat(column("SELECT text FROM outbox WHERE recipient = ?")).isEqualTo(reply.getString("text"));
    waitFor(() -> "delivered".equals(column("SELECT status FROM outbox WHERE recipient = ?")),
        "the emulated +CDS report makes the row delivered");
    waitFor(() -> "Success".equals(inbox(PHONE).getJsonObject(0).getString("status")), "the phone shows it delivered");
    assertThat(inbox(PHONE)).as("one reply, nothing through the fake aggregator").hasSize(1);

    HttpResponse<Buffer> wrong = sms(new JsonObject().put("from", PHONE).put("text", "OFFRES").put("route", "pigeon"));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.bodyAsString()).contains("route").doesNotContain("Exception");
  }

  @Test
  void withoutTheLinkTheModemChoiceIsRefusedClearlyAndTheAggregatorStillWorks() {
    start(Map.of());
    assertThat(await(client.getAbs(url + "/simulator/api/modem").send()).bodyAsJsonObject().getBoolean("linked")).isFalse();
    HttpResponse<Buffer> r = sms(new JsonObject().put("from", PHONE).put("text", "OFFRES").put("route", "modem"));
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.bodyAsJsonObject().getString("error")).contains("simulator.modem.link").contains("socat");
    assertThat(sms(new JsonObject().put("from", PHONE).put("text", "OFFRES")).statusCode()).isEqualTo(200);
    SimTestSupport.eventually(() -> assertThat(inbox(PHONE)).isNotEmpty());
    assertThat(inbox(PHONE).getJsonObject(0).getString("via")).isNull();
    JsonObject routes = await(client.getAbs(url + "/ready").send()).bodyAsJsonObject().getJsonObject("checks")
        .getJsonObject("routes").getJsonObject("routes");
    assertThat(routes.fieldNames()).as("no modem route without the link").containsExactly("at");
  }

  private HttpResponse<Buffer> sms(JsonObject body) {
    return await(client.postAbs(url + "/simulator/api/sms").sendJsonObject(body));
  }

  private JsonObject readyModem() {
    JsonObject checks = await(client.getAbs(url + "/ready").send()).bodyAsJsonObject().getJsonObject("checks");
    return checks.getJsonObject("routes").getJsonObject("routes").getJsonObject("modem");
  }

  private JsonArray inbox(String phone) {
    return await(client.getAbs(url + "/simulator/api/phones/" + phone + "/inbox").send()).bodyAsJsonObject()
        .getJsonArray("messages");
  }

  private String column(String sql) {
    return await(gateway.context().store().read(tx -> {
      try (PreparedStatement p = tx.jdbc().prepareStatement(sql)) {
        p.setString(1, PHONE);
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
