package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;
import static org.jobline.simulator.SimTestSupport.eventually;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.jobline.app.Gateway;
import org.jobline.store.SqlWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole outbound path with the simulator as the carrier: a reply queued while the simulated
 * network is down is kept, /ready says the link is down, and once the network is up the message is
 * delivered to the phone and its delivery report recorded.
 */
class OutageRecoveryTest {
  static final String PHONE = "+22890555111";

  @TempDir
  Path tmp;
  Vertx vertx;
  WebClient client;
  Gateway gateway;
  String url;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    client = WebClient.create(vertx);
    gateway = await(Gateway.start(vertx, SimTestSupport.config(Map.of(
        "JOBLINE_STORE_PATH", tmp.resolve("j.db").toString(),
        "JOBLINE_OUTBOX_BREAKER_THRESHOLD", "2",
        "JOBLINE_OUTBOX_BREAKER_PROBE_MS", "200",
        "JOBLINE_OUTBOX_BACKOFF_BASE_MS", "50",
        "JOBLINE_OUTBOX_BACKOFF_MAX_MS", "200",
        "JOBLINE_OUTBOX_MAX_ATTEMPTS", "100",
        "JOBLINE_OUTBOX_POLL_MS", "50"))));
    url = "http://127.0.0.1:" + gateway.port();
  }

  @AfterEach
  void stop() {
    await(gateway.stop());
    await(vertx.close());
  }

  private <T> T sql(SqlWork<T> work) {
    return await(gateway.context().store().read(work));
  }

  private String outboxStatus() {
    return sql(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("SELECT status FROM outbox WHERE recipient = ?")) {
        p.setString(1, PHONE);
        try (ResultSet rs = p.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      }
    });
  }

  private JsonArray inbox() {
    return await(client.getAbs(url + "/simulator/api/phones/" + PHONE + "/inbox").send()).bodyAsJsonObject().getJsonArray("messages");
  }

  @Test
  void aMessageQueuedDuringAnOutageIsDeliveredWhenTheNetworkReturns() {
    assertThat(await(client.postAbs(url + "/simulator/api/network")
        .sendJsonObject(new JsonObject().put("mode", "down"))).statusCode()).isEqualTo(200);

    var sms = await(client.postAbs(url + "/simulator/api/sms")
        .sendJsonObject(new JsonObject().put("from", PHONE).put("text", "AIDE")));
    assertThat(sms.statusCode()).isEqualTo(200);

    eventually(() -> assertThat(await(client.getAbs(url + "/ready").send()).statusCode())
        .as("/ready reports the link down").isEqualTo(503));
    assertThat(outboxStatus()).as("the reply is kept, not lost or failed").isEqualTo("queued");
    assertThat(inbox()).isEmpty();

    await(client.postAbs(url + "/simulator/api/network").sendJsonObject(new JsonObject().put("mode", "up")));

    eventually(() -> assertThat(outboxStatus()).isEqualTo("delivered"));
    JsonArray inbox = inbox();
    assertThat(inbox).hasSize(1);
    assertThat(inbox.getJsonObject(0).getString("text")).contains("INSCRIRE", "STOP");
    long dlrEvents = sql(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT COUNT(*) FROM delivery_events e JOIN outbox o ON o.id = e.outbox_id "
              + "WHERE o.recipient = ? AND e.status = 'delivered'")) {
        p.setString(1, PHONE);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
    assertThat(dlrEvents).as("the delivery report is recorded").isEqualTo(1);
    eventually(() -> assertThat(await(client.getAbs(url + "/ready").send()).statusCode()).isEqualTo(200));
  }

  @Test
  void anIdleGatewaySeesTheLinkComeBackWithoutAMessageToProbeWith() {
    await(client.postAbs(url + "/simulator/api/network").sendJsonObject(new JsonObject().put("mode", "down")));
    await(client.postAbs(url + "/simulator/api/sms").sendJsonObject(new JsonObject().put("from", PHONE).put("text", "AIDE")));
    eventually(() -> assertThat(await(client.getAbs(url + "/ready").send()).statusCode()).isEqualTo(503));
    await(gateway.context().store().write(tx -> tx.jdbc().createStatement().executeUpdate("UPDATE outbox SET status = 'expired' WHERE status = 'queued'")));

    await(client.postAbs(url + "/simulator/api/network").sendJsonObject(new JsonObject().put("mode", "up")));

    eventually(() -> assertThat(await(client.getAbs(url + "/ready").send()).statusCode())
        .as("the breaker's probe asks the aggregator itself when nothing is queued").isEqualTo(200));
  }
}
