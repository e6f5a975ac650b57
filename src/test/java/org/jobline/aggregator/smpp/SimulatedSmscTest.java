package org.jobline.aggregator.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.app.Gateway;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.testing.TestGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulator.smpp.port: the gateway's own test SMSC carries a route of type smpp into the simulated phones. */
class SimulatedSmscTest {
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
  void aLongUcs2TextReachesTheSimulatedPhoneOverSmpp() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    gateway = await(TestGateway.start(vertx, tmp, Map.of("JOBLINE_SIMULATOR_SMPP_PORT", String.valueOf(port),
        "JOBLINE_ROUTES_LOCAL_TYPE", "smpp", "JOBLINE_ROUTES_LOCAL_HOST", "127.0.0.1",
        "JOBLINE_ROUTES_LOCAL_PORT", String.valueOf(port), "JOBLINE_ROUTES_LOCAL_SYSTEM_ID", "dev",
        "JOBLINE_ROUTING_DEFAULT", "local", "JOBLINE_OUTBOX_POLL_MS", "50")));
    String text = "Offre: maçon à Kara, 3 mois, logé. Répondez OUI pour être rappelé par l'agence. ".repeat(3);
    Outbox outbox = new Outbox(gateway.context().config().sms());
    await(gateway.context().store().write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement(Outbox.insertSql())) {
        outbox.bind(p, new OutboundSms("+22890112233", null, null, text, "fr", OutboundSms.Kind.REPLY, 0, null));
        p.executeUpdate();
      }
      return null;
    }));
    JsonArray inbox = new JsonArray();
    long deadline = System.currentTimeMillis() + 30_000;
    while (inbox.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      JsonObject body = await(TestGateway.client(vertx, gateway).get("/simulator/api/phones/+22890112233/inbox").send()
          .map(r -> r.bodyAsJsonObject()));
      inbox = body.getJsonArray("messages");
    }
    assertThat(inbox).as("the phone's inbox").hasSize(1);
    assertThat(inbox.getJsonObject(0).getString("text")).isEqualTo(outbox.prepare(text));
    int segments = org.jobline.gsm.Gsm7.cost(outbox.prepare(text)).segments();
    assertThat(segments).as("a long text").isGreaterThan(1);
    assertThat(inbox.getJsonObject(0).getInteger("segments")).isEqualTo(segments);
  }

  @Test
  void theBrowserPhonesTextGoesInOverTheSameBindAndItsReplyComesBackOverIt() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    gateway = await(TestGateway.start(vertx, tmp, Map.of("JOBLINE_SIMULATOR_SMPP_PORT", String.valueOf(port),
        "JOBLINE_ROUTES_LOCAL_TYPE", "smpp", "JOBLINE_ROUTES_LOCAL_HOST", "127.0.0.1",
        "JOBLINE_ROUTES_LOCAL_PORT", String.valueOf(port), "JOBLINE_ROUTES_LOCAL_SYSTEM_ID", "dev",
        "JOBLINE_ROUTING_DEFAULT", "local", "JOBLINE_OUTBOX_POLL_MS", "50")));
    var client = TestGateway.client(vertx, gateway);
    JsonObject sent = null;
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) { // until the route has bound to the test SMSC
      sent = await(client.post("/simulator/api/sms").sendJsonObject(new JsonObject().put("from", "+22890445566")
          .put("text", "AIDE")).map(r -> r.bodyAsJsonObject()));
      if ("smpp".equals(sent.getString("via"))) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(sent.getString("via")).as("the text went in as a deliver_sm").isEqualTo("smpp");
    JsonArray inbox = new JsonArray();
    while (inbox.isEmpty() && System.currentTimeMillis() < deadline + 30_000) {
      Thread.sleep(100);
      inbox = await(client.get("/simulator/api/phones/+22890445566/inbox").send().map(r -> r.bodyAsJsonObject()))
          .getJsonArray("messages");
    }
    assertThat(inbox).as("the help came back to the phone over SMPP").isNotEmpty();
    String provider = await(gateway.context().store().read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("SELECT provider FROM inbound_messages WHERE phone = ?")) {
        p.setString(1, "+22890445566");
        try (var rs = p.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      }
    }));
    assertThat(provider).as("recorded as received by the smpp route").isEqualTo("local");
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}
