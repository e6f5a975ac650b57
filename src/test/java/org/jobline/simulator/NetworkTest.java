package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;
import static org.jobline.simulator.SimTestSupport.form;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Network conditions switched through the JSON API, seen by an AT client of the fake aggregator. */
class NetworkTest {
  private Vertx vertx;
  private WebClient client;
  private String url;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    client = WebClient.create(vertx);
    url = SimTestSupport.start(vertx, SimTestSupport.config(Map.of()), new StubApp(vertx).start()).url();
  }

  @AfterEach
  void tearDown() {
    await(vertx.close());
  }

  private Future<HttpResponse<Buffer>> sendSms() {
    return client.postAbs(url + FakeAggregator.PATH).putHeader("apiKey", "simulator")
        .sendForm(form("username", "sandbox", "to", "+22890123456", "message", "Bonjour"));
  }

  private HttpResponse<Buffer> network(JsonObject body) {
    return await(client.postAbs(url + "/simulator/api/network").sendJsonObject(body));
  }

  @Test
  void downAnswers503ThenUpAnswers201() {
    assertThat(network(new JsonObject().put("mode", "down")).statusCode()).isEqualTo(200);
    assertThat(await(client.getAbs(url + "/simulator/api/network").send()).bodyAsJsonObject().getString("mode"))
        .isEqualTo("down");
    assertThat(await(sendSms()).statusCode()).isEqualTo(503);
    network(new JsonObject().put("mode", "up"));
    assertThat(await(sendSms()).statusCode()).isEqualTo(201);
  }

  @Test
  void downWithRefuseClosesTheConnectionWithoutAnswer() {
    network(new JsonObject().put("mode", "down").put("refuse", true));
    Throwable failure = sendSms().transform(ar -> Future.succeededFuture(ar.cause()))
        .toCompletionStage().toCompletableFuture().join();
    assertThat(failure).as("the request must fail at connection level").isNotNull();
    network(new JsonObject().put("mode", "up"));
    assertThat(await(sendSms()).statusCode()).isEqualTo(201);
  }

  @Test
  void slowDelaysAndFlakyWithRateOneAlwaysFails() {
    network(new JsonObject().put("mode", "slow").put("latencyMs", 300));
    long t0 = System.nanoTime();
    assertThat(await(sendSms()).statusCode()).isEqualTo(201);
    assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(300);
    network(new JsonObject().put("mode", "flaky").put("failureRate", 1.0));
    assertThat(await(sendSms()).statusCode()).isEqualTo(503);
    network(new JsonObject().put("mode", "flaky").put("failureRate", 0.0));
    assertThat(await(sendSms()).statusCode()).isEqualTo(201);
  }

  @Test
  void refusesUnknownModesWithA400() {
    HttpResponse<Buffer> r = network(new JsonObject().put("mode", "sideways"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.bodyAsJsonObject().getString("field")).isEqualTo("mode");
    assertThat(network(new JsonObject().put("mode", "flaky").put("failureRate", 2)).statusCode()).isEqualTo(400);
    assertThat(await(client.postAbs(url + "/simulator/api/network").sendBuffer(Buffer.buffer("{nope")))
        .statusCode()).isEqualTo(400);
  }
}
