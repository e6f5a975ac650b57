package org.jobline.aggregator.kannel;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server standing in for Kannel's sendsms: records each request, answers {@link #status}/{@link #body}. */
final class KannelStub {
  /** One request as received: method, path, decoded query parameters. */
  record Received(String method, String path, MultiMap params) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  volatile int status = 202;
  volatile String body = "0: Accepted for delivery";
  /** When false the stub never answers (a hung Kannel). */
  volatile boolean answers = true;
  private HttpServer server;

  Future<KannelStub> start(Vertx vertx) {
    return vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1").map(s -> {
      server = s;
      return this;
    });
  }

  String sendsmsUrl() {
    return "http://127.0.0.1:" + server.actualPort() + "/cgi-bin/sendsms";
  }

  private void handle(HttpServerRequest req) {
    received.add(new Received(req.method().name(), req.path(), MultiMap.caseInsensitiveMultiMap().addAll(req.params())));
    if (answers) {
      req.response().setStatusCode(status).putHeader("Content-Type", "text/html").end(body);
    }
  }
}
