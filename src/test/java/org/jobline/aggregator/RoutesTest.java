package org.jobline.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.aggregator.africastalking.AtStub;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.core.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The route registry: with type simulator the AT route calls this gateway's own port, known only after listen. */
class RoutesTest {
  @TempDir
  Path tmp;

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  @Test
  void simulatorRouteResolvesTheLocalPortLazily() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      AtStub stub = await(new AtStub().start(vertx, 0));
      AppConfig config = new ConfigLoader().load(null, Map.of("JOBLINE_HTTP_PORT", "0",
          "JOBLINE_STORE_PATH", tmp.resolve("j.db").toString(), "JOBLINE_AGGREGATOR_TYPE", "simulator"));
      java.util.concurrent.atomic.AtomicInteger port = new java.util.concurrent.atomic.AtomicInteger();
      Channel route = Routes.build(new ChannelContext(vertx, config, new org.jobline.phone.PhoneNumbers("TG"), "s",
          () -> "http://127.0.0.1:" + port.get())).sending();
      assertThat(route.name()).isEqualTo("africastalking");
      port.set(stub.port()); // what the gateway does once its HTTP server listens
      List<SendOutcome> out = await(route.send("Bonjour", List.of(new Recipient(1, "+22890000001"))));
      assertThat(out).singleElement().isInstanceOf(SendOutcome.Accepted.class);
      assertThat(stub.received).singleElement().satisfies(r ->
          assertThat(r.path()).isEqualTo(org.jobline.aggregator.africastalking.SimulatorChannelType.SIMULATOR_PATH + "/version1/messaging"));
    } finally {
      await(vertx.close());
    }
  }
}
