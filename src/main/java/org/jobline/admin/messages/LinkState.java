package org.jobline.admin.messages;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * The checks of GET /ready (the delivery engine adds "aggregator", the default route's link, and
 * "routes", every route); null when /ready cannot be read: the page then says "unknown".
 */
final class LinkState {
  private final WebClient client;

  LinkState(io.vertx.core.Vertx vertx) {
    this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(2000).setIdleTimeout(3));
  }

  Future<JsonObject> read(RoutingContext rc) {
    var local = rc.request().localAddress();
    String host = local.hostAddress() == null || local.hostAddress().isEmpty() ? "127.0.0.1" : local.hostAddress();
    return client.get(local.port(), host, "/ready").timeout(3000).send()
        .map(r -> {
          JsonObject body = r.bodyAsJsonObject();
          return body == null ? null : body.getJsonObject("checks");
        })
        .otherwise((JsonObject) null);
  }
}
