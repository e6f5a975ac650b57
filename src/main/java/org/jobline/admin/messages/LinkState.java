package org.jobline.admin.messages;

import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import org.jobline.http.HealthRoutes;

/**
 * The readiness checks (the delivery engine adds "aggregator", the default route's link, and
 * "routes", every route), asked in-process over the local event bus, never over the network (a page opened through
 * {@code localhost} over IPv6 once read "unknown"); null when there is no such check.
 */
final class LinkState {
  private final io.vertx.core.Vertx vertx;

  LinkState(io.vertx.core.Vertx vertx) {
    this.vertx = vertx;
  }

  Future<JsonObject> read() {
    return vertx.eventBus().<JsonObject>request(HealthRoutes.ADDRESS, null, new DeliveryOptions().setSendTimeout(3000))
        .map(reply -> {
          return reply.body() == null ? null : reply.body().getJsonObject("checks");
        })
        .otherwise((JsonObject) null);
  }
}
