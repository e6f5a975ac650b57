package org.jobline.testing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Path;
import java.util.Map;
import org.jobline.app.Gateway;

/** Starts a real gateway (HTTP on a random port, SQLite file in a temp folder) for integration tests. */
public final class TestGateway {
  private TestGateway() {}

  public static Future<Gateway> start(Vertx vertx, Path tmpDir, Map<String, String> extraEnv) {
    // compose turns a config or reference-data exception into a failed future.
    return Future.succeededFuture().compose(v -> Gateway.start(vertx, TestConfig.load(tmpDir, extraEnv)));
  }

  public static Future<Gateway> start(Vertx vertx, Path tmpDir) {
    return start(vertx, tmpDir, Map.of());
  }

  /** A client aimed at the gateway's port on localhost. */
  public static WebClient client(Vertx vertx, Gateway gateway) {
    return WebClient.create(vertx, new WebClientOptions()
        .setDefaultHost("127.0.0.1")
        .setDefaultPort(gateway.port()));
  }
}
