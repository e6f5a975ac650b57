package org.jobline.partner;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.concurrent.TimeUnit;

/** A small blocking HTTP client for tests (called from the test thread, never an event loop). */
final class ApiClient {
  private final WebClient client;
  private final int port;

  ApiClient(Vertx vertx, int port) {
    this.client = WebClient.create(vertx);
    this.port = port;
  }

  HttpResponse<Buffer> call(HttpMethod method, String path, String key, String body) {
    var request = client.request(method, port, "localhost", path);
    if (key != null) {
      request.putHeader("Authorization", "Bearer " + key);
    }
    Future<HttpResponse<Buffer>> response = body == null ? request.send()
        : request.putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(body));
    return await(response);
  }

  HttpResponse<Buffer> get(String path, String key) {
    return call(HttpMethod.GET, path, key, null);
  }

  HttpResponse<Buffer> post(String path, String key, JsonObject body) {
    return call(HttpMethod.POST, path, key, body == null ? null : body.encode());
  }

  HttpResponse<Buffer> patch(String path, String key, JsonObject body) {
    return call(HttpMethod.PATCH, path, key, body.encode());
  }

  static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void close() {
    client.close();
  }
}
