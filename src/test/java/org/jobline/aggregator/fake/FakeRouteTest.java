package org.jobline.aggregator.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jobline.aggregator.Inbound;
import org.jobline.app.Gateway;
import org.jobline.testing.TestGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A route that lives only in the test sources (one class plus one line in the test resources'
 * service file) sends and receives through the whole core, configured by environment only.
 */
class FakeRouteTest {
  private static final String PHONE = "+22890123456";
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
  void aTestOnlyRouteCarriesATextInItsReplyOutAndItsDeliveryReportBack() throws Exception {
    gateway = await(TestGateway.start(vertx, tmp, Map.of("JOBLINE_ROUTES_FAKE_TYPE", "fake",
        "JOBLINE_ROUTES_FAKE_PREFIX", "fk-", "JOBLINE_OUTBOX_POLL_MS", "50")));
    FakeChannelType.Fake fake = FakeChannelType.BUILT.get("fake");
    assertThat(fake).isNotNull();
    assertThat(fake.started()).isTrue();

    assertThat(await(fake.receive("mo-1", PHONE, "AIDE"))).isEqualTo(Inbound.SmsResult.ANSWERED);
    assertThat(await(fake.receive("mo-1", PHONE, "AIDE"))).as("the same id again").isEqualTo(Inbound.SmsResult.DUPLICATE);
    waitFor(() -> !fake.sent.isEmpty());
    FakeChannelType.Sent reply = fake.sent.get(0);
    assertThat(reply.phone()).isEqualTo(PHONE);
    assertThat(reply.text()).containsIgnoringCase("OFFRES");
    assertThat(reply.providerId()).startsWith("fk-");
    waitFor(() -> "sent".equals(outboxStatus(reply.providerId())));
    assertThat(outboxRoute(reply.providerId())).isEqualTo("fake");

    assertThat(await(fake.delivered(reply.providerId()))).isTrue();
    assertThat(outboxStatus(reply.providerId())).isEqualTo("delivered");

    JsonObject ready = TestGateway.client(vertx, gateway).get("/ready").send().map(r -> r.bodyAsJsonObject())
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    JsonObject route = ready.getJsonObject("checks").getJsonObject("routes").getJsonObject("routes").getJsonObject("fake");
    assertThat(route.getString("type")).isEqualTo("fake");
    assertThat(route.getBoolean("sending")).isTrue();
    assertThat(route.getString("breaker")).isEqualTo("closed");
    assertThat(route.getInteger("queueDepth")).isZero();
  }

  private String outboxStatus(String providerId) {
    return column("status", providerId);
  }

  private String outboxRoute(String providerId) {
    return column("route", providerId);
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
    long deadline = System.currentTimeMillis() + 20_000;
    while (!condition.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("waited 20 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }
}
