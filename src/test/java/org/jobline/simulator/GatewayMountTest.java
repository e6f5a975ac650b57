package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;
import static org.jobline.simulator.SimTestSupport.form;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jobline.app.Gateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator inside a real gateway: mounted in dev mode (on port 0), absent in production. */
class GatewayMountTest {
  @TempDir
  Path tmp;
  private Vertx vertx;
  private WebClient client;
  private Gateway gateway;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    client = WebClient.create(vertx);
  }

  @AfterEach
  void tearDown() {
    if (gateway != null) {
      await(gateway.stop());
    }
    await(vertx.close());
  }

  private String start(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of("JOBLINE_STORE_PATH", tmp.resolve("j.db").toString()));
    env.putAll(extra);
    gateway = await(Gateway.start(vertx, SimTestSupport.config(env)));
    return "http://127.0.0.1:" + gateway.port();
  }

  @Test
  void productionModeMountsNothingOfTheSimulator() {
    String url = start(Map.of("JOBLINE_MODE", "production", "JOBLINE_AGGREGATOR_TYPE", "africastalking",
        "JOBLINE_AGGREGATOR_AFRICASTALKING_API_KEY", "live-key", "JOBLINE_AGGREGATOR_AFRICASTALKING_USERNAME", "agency"));
    assertThat(await(client.getAbs(url + "/ready").send()).statusCode()).isEqualTo(200);
    assertThat(await(client.getAbs(url + "/simulator").send()).statusCode()).isEqualTo(404);
    assertThat(await(client.getAbs(url + "/simulator/index.html").send()).statusCode()).isEqualTo(404);
    assertThat(await(client.getAbs(url + "/simulator/api/network").send()).statusCode()).isEqualTo(404);
    assertThat(await(client.postAbs(url + FakeAggregator.PATH).putHeader("apiKey", "live-key")
        .sendForm(form("username", "agency", "to", "+22890123456", "message", "x"))).statusCode()).isEqualTo(404);
  }

  @Test
  void devModeMountsTheSimulatorAndItsPhonesCallTheSameServer() {
    String url = start(Map.of());
    assertThat(await(client.getAbs(url + "/simulator/api/network").send()).bodyAsJsonObject().getString("mode"))
        .isEqualTo("up");
    var page = await(client.getAbs(url + "/simulator/").send());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.bodyAsString()).contains("Jobline");
    assertThat(await(client.postAbs(url + FakeAggregator.PATH).putHeader("apiKey", "simulator")
        .sendForm(form("username", "sandbox", "to", "+22890123456", "message", "x"))).statusCode()).isEqualTo(201);
    // The phone reaches this very gateway (port 0 resolved from the request): whatever it answers
    // (the USSD channel is another feature), the simulator reports it rather than a connection error.
    var ussd = await(client.postAbs(url + "/simulator/api/ussd")
        .sendJsonObject(new io.vertx.core.json.JsonObject().put("phone", "+22890123456")));
    assertThat(ussd.statusCode()).isEqualTo(200);
    assertThat(ussd.bodyAsJsonObject().getString("error", "")).doesNotContain("Connection refused");
  }
}
