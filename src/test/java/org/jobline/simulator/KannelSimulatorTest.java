package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;
import static org.jobline.simulator.SimTestSupport.eventually;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.Map;
import org.jobline.app.Gateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code type: kannel} route with {@code simulator: true}: the built-in simulator answers a
 * Kannel-style sendsms and reports through the dlr-url, and plays a phone's SMS through Kannel's
 * sms-service, so the Kannel route works end to end without Kannel.
 */
class KannelSimulatorTest {
  private static final String PHONE = "+22890777001";

  @TempDir
  Path tmp;
  Vertx vertx;
  WebClient client;
  Gateway gateway;
  String url;

  void start(String password) {
    vertx = Vertx.vertx();
    client = WebClient.create(vertx);
    gateway = await(Gateway.start(vertx, SimTestSupport.config(Map.of(
        "JOBLINE_STORE_PATH", tmp.resolve("j.db").toString(),
        "JOBLINE_ROUTES_KANNEL_TYPE", "kannel",
        "JOBLINE_ROUTES_KANNEL_SIMULATOR", "true",
        "JOBLINE_ROUTES_KANNEL_PASSWORD", password,
        "JOBLINE_ROUTING_DEFAULT", "kannel",
        "JOBLINE_SIMULATOR_SUCCESS_RATE", "1",
        "JOBLINE_SIMULATOR_BUFFERED_RATE", "0",
        "JOBLINE_OUTBOX_POLL_MS", "50",
        "JOBLINE_OUTBOX_BREAKER_THRESHOLD", "2"))));
    url = "http://127.0.0.1:" + gateway.port();
  }

  @AfterEach
  void stop() {
    await(gateway.stop());
    await(vertx.close());
  }

  private String outbox(String column) {
    return await(gateway.context().store().read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT " + column + " FROM outbox WHERE recipient = '"
          + PHONE + "'")) {
        return rs.next() ? rs.getString(1) : null;
      }
    }));
  }

  @Test
  void aPhoneSmsThroughFakeKannelIsAnsweredAndReportedDelivered() {
    start("simulator");
    var sent = await(client.postAbs(url + FakeKannel.MO_PATH)
        .sendJsonObject(new JsonObject().put("from", PHONE).put("text", "AIDE ça")));
    assertThat(sent.bodyAsJsonObject().getString("result")).isEqualTo("answered");

    eventually(() -> assertThat(outbox("status")).isEqualTo("delivered"));
    assertThat(outbox("route")).isEqualTo("kannel");
    assertThat(outbox("provider_id")).matches("[0-9]+\\.[0-9a-f]{8}");
    JsonArray inbox = await(client.getAbs(url + "/simulator/api/phones/" + PHONE + "/inbox").send())
        .bodyAsJsonObject().getJsonArray("messages");
    assertThat(inbox).hasSize(1);
    assertThat(inbox.getJsonObject(0).getString("text")).isEqualTo(outbox("text"));
    assertThat(inbox.getJsonObject(0).getString("status")).isEqualTo("Success");
    String received = await(gateway.context().store().read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT text FROM inbound_messages")) {
        return rs.next() ? rs.getString(1) : null;
      }
    }));
    assertThat(received).as("a UCS-2 text through the fake sms-service").isEqualTo("AIDE ça");
  }

  @Test
  void aWrongPasswordIsRefusedLikeKannelAndTheReplyIsKept() {
    start("wrong");
    await(client.postAbs(url + FakeKannel.MO_PATH).sendJsonObject(new JsonObject().put("from", PHONE).put("text", "AIDE")));
    eventually(() -> assertThat(await(client.getAbs(url + "/ready").send()).statusCode()).isEqualTo(503));
    assertThat(outbox("status")).isEqualTo("queued");
    assertThat(outbox("last_error")).contains("403");
  }
}
