package org.jobline.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jobline.app.Gateway;
import org.jobline.store.Migrations;
import org.jobline.testing.TestGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A real gateway on a random port with a real SQLite file, asked over HTTP. */
@ExtendWith(VertxExtension.class)
class HealthReadyTest {
  @TempDir
  Path tmp;

  private Gateway gateway;
  private WebClient client;

  @BeforeEach
  void start(Vertx vertx, VertxTestContext testContext) {
    TestGateway.start(vertx, tmp).onComplete(testContext.succeeding(g -> {
      gateway = g;
      client = TestGateway.client(vertx, g);
      testContext.completeNow();
    }));
  }

  @AfterEach
  void stop(VertxTestContext testContext) {
    client.close();
    if (gateway == null) {
      testContext.completeNow();
      return;
    }
    gateway.stop().onComplete(testContext.succeedingThenComplete());
  }

  @Test
  void healthSaysAlive(VertxTestContext testContext) {
    client.get("/health").send().onComplete(testContext.succeeding(r -> testContext.verify(() -> {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.getHeader("Content-Type")).startsWith("application/json");
      assertThat(r.bodyAsJsonObject()).isEqualTo(new JsonObject().put("status", "alive"));
      testContext.completeNow();
    })));
  }

  @Test
  void readyChecksTheStoreWithARealWrite(VertxTestContext testContext) {
    client.get("/ready").send().onComplete(testContext.succeeding(r -> testContext.verify(() -> {
      assertThat(r.statusCode()).isEqualTo(200);
      JsonObject body = r.bodyAsJsonObject();
      assertThat(body.getString("status")).isEqualTo("ready");
      JsonObject store = body.getJsonObject("checks").getJsonObject("store");
      assertThat(store.getBoolean("ok")).isTrue();
      assertThat(store.getInteger("schemaVersion")).isEqualTo(Migrations.latest());
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("jobline.db"));
           Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT value FROM app_meta WHERE key = 'last_ready_check'")) {
        assertThat(rs.next()).as("the readiness write reached the file").isTrue();
      }
      testContext.completeNow();
    })));
  }

  @Test
  void databaseFileExistsInWalMode(VertxTestContext testContext) {
    testContext.verify(() -> {
      Path db = tmp.resolve("jobline.db");
      assertThat(db).exists();
      assertThat(Path.of(gateway.context().store().path())).isEqualTo(db);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
           Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
        assertThat(rs.getString(1)).isEqualTo("wal");
      }
    });
    testContext.completeNow();
  }

  @Test
  void unknownPathIs404(VertxTestContext testContext) {
    client.get("/no/such/page").send().onComplete(testContext.succeeding(r -> testContext.verify(() -> {
      assertThat(r.statusCode()).isEqualTo(404);
      testContext.completeNow();
    })));
  }

  @Test
  void aWrongMethodIs405WithAJsonError(VertxTestContext testContext) {
    client.post("/health").send().onComplete(testContext.succeeding(r -> testContext.verify(() -> {
      assertThat(r.statusCode()).isEqualTo(405);
      assertThat(r.getHeader("Content-Type")).startsWith("application/json");
      assertThat(r.bodyAsJsonObject().getString("error")).isEqualTo("Method Not Allowed");
      testContext.completeNow();
    })));
  }

  @Test
  void readyIs503WhenTheStoreCannotWrite(VertxTestContext testContext) {
    gateway.context().store().close()
        .compose(v -> client.get("/ready").send())
        .onComplete(testContext.succeeding(r -> testContext.verify(() -> {
          assertThat(r.statusCode()).isEqualTo(503);
          JsonObject body = r.bodyAsJsonObject();
          assertThat(body.getString("status")).isEqualTo("not ready");
          assertThat(body.getJsonObject("checks").getJsonObject("store").getBoolean("ok")).isFalse();
          assertThat(body.getJsonObject("checks").getJsonObject("store").getString("error")).contains("closed");
          testContext.completeNow();
        })));
  }

  @Test
  void stopClosesTheListenerAndTheStore(Vertx vertx, VertxTestContext testContext) {
    Gateway running = gateway;
    gateway = null;
    running.stop()
        .compose(v -> client.get("/health").send())
        .onComplete(testContext.failing(e -> testContext.verify(() -> {
          assertThat(e).hasMessageContaining("Connection refused");
          running.context().store().write(tx -> 1).onComplete(testContext.failing(w -> testContext.verify(() -> {
            assertThat(w).hasMessage("the store is closed");
            testContext.completeNow();
          })));
        })));
  }

  @Test
  void gatewayWithBrokenReferenceDataFailsToStart(Vertx vertx, VertxTestContext testContext) {
    TestGateway.start(vertx, tmp.resolve("other"), java.util.Map.of("JOBLINE_REFERENCE_DATA_TRADES", "nowhere.csv"))
        .onComplete(testContext.failing(e -> testContext.verify(() -> {
          assertThat(e).isInstanceOf(org.jobline.config.ConfigException.class).hasMessageContaining("nowhere.csv");
          testContext.completeNow();
        })));
  }
}
