package org.jobline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobline.simulator.SimTestSupport.await;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jobline.app.Gateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator is mounted only when it is the route (or asked for), and from other machines only with its token. */
class SimulatorMountTest {
  @TempDir
  Path tmp;
  Vertx vertx;
  WebClient client;
  Gateway gateway;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
  }

  @AfterEach
  void tearDown() {
    if (gateway != null) {
      await(gateway.stop());
    }
    await(vertx.close());
  }

  private int start(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of("JOBLINE_STORE_PATH", tmp.resolve("j.db").toString()));
    env.putAll(extra);
    gateway = await(Gateway.start(vertx, SimTestSupport.config(env)));
    return gateway.port();
  }

  private int status(String host, int port, String method, String path) {
    var req = "POST".equals(method) ? client.post(port, host, path) : client.get(port, host, path);
    return "POST".equals(method)
        ? await(req.sendForm(MultiMap.caseInsensitiveMultiMap().add("phone", "+22890000001").add("text", "STOP"))).statusCode()
        : await(req.send()).statusCode();
  }

  @Test
  void aRealAggregatorInDevModeMountsNoSimulator() {
    int port = start(Map.of("JOBLINE_AGGREGATOR_TYPE", "africastalking", "JOBLINE_HTTP_HOST", "127.0.0.1"));
    assertThat(status("127.0.0.1", port, "POST", "/simulator/api/sms")).isEqualTo(404);
    assertThat(status("127.0.0.1", port, "GET", "/simulator/api/phones/+22890000001/inbox")).isEqualTo(404);
    assertThat(status("127.0.0.1", port, "GET", "/simulator/")).isEqualTo(404);
  }

  @Test
  void productionSendsHstsAndMountsNoSimulatorEvenWhenAsked() {
    int port = start(Map.of("JOBLINE_MODE", "production", "JOBLINE_AGGREGATOR_TYPE", "africastalking",
        "JOBLINE_AGGREGATOR_AFRICASTALKING_API_KEY", "live-key", "JOBLINE_HTTP_HOST", "127.0.0.1"));
    var health = await(client.get(port, "127.0.0.1", "/health").send());
    assertThat(health.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    assertThat(health.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(status("127.0.0.1", port, "POST", "/simulator/api/sms")).isEqualTo(404);
    await(gateway.stop());
    gateway = null;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(Map.of("JOBLINE_MODE", "production",
            "JOBLINE_AGGREGATOR_TYPE", "africastalking", "JOBLINE_AGGREGATOR_AFRICASTALKING_API_KEY", "live-key",
            "JOBLINE_SIMULATOR_ENABLED", "true")))
        .hasMessageContaining("simulator.enabled");
  }

  @Test
  void simulatorEnabledTrueMountsItNextToARealRoute() {
    int port = start(Map.of("JOBLINE_AGGREGATOR_TYPE", "africastalking", "JOBLINE_HTTP_HOST", "127.0.0.1",
        "JOBLINE_SIMULATOR_ENABLED", "true"));
    assertThat(status("127.0.0.1", port, "GET", "/simulator/api/network")).isEqualTo(200);
  }

  @Test
  void fromAnotherMachineTheTokenIsNeeded() {
    Optional<String> lan = nonLoopbackAddress();
    Assumptions.assumeTrue(lan.isPresent(), "no non-loopback IPv4 address on this machine");
    int port = start(Map.of("JOBLINE_HTTP_HOST", "0.0.0.0", "JOBLINE_SIMULATOR_TOKEN", "sim-token-0123456789abcdef"));
    String host = lan.get();
    assertThat(status("127.0.0.1", port, "GET", "/simulator/api/network")).as("this machine").isEqualTo(200);
    assertThat(status(host, port, "GET", "/simulator/api/network")).as("another address, no token").isEqualTo(403);
    assertThat(status(host, port, "POST", "/simulator/api/sms")).as("cannot STOP anyone").isEqualTo(403);
    assertThat(status(host, port, "GET", "/simulator/api/phones/+22890000001/inbox")).isEqualTo(403);
    assertThat(status(host, port, "GET", "/simulator/api/network?token=wrong-token-0123456789")).isEqualTo(403);
    var ok = await(client.get(port, host, "/simulator/api/network?token=sim-token-0123456789abcdef").send());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.cookies()).anyMatch(c -> c.startsWith("jl_sim=") && c.toLowerCase().contains("httponly"));
    assertThat(await(client.get(port, host, "/simulator/api/network")
        .putHeader(SimulatorGuard.HEADER, "sim-token-0123456789abcdef").send()).statusCode()).isEqualTo(200);
  }

  static Optional<String> nonLoopbackAddress() {
    try {
      for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!n.isUp() || n.isLoopback()) {
          continue;
        }
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
            return Optional.of(a.getHostAddress());
          }
        }
      }
    } catch (java.net.SocketException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
