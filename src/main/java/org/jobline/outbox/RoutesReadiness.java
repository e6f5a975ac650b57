package org.jobline.outbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Routes;
import org.jobline.core.ReadinessCheck;
import org.jobline.store.Store;

/**
 * /ready's "routes" part: every configured route with its type, its own state (bind, signal...), and
 * for the sending route its breaker and the queue it drains. Down while the sending route's breaker is open.
 */
final class RoutesReadiness implements ReadinessCheck {
  private final Store store;
  private final Routes routes;
  private final BreakerView breaker;

  RoutesReadiness(Store store, Routes routes, BreakerView breaker) {
    this.store = store;
    this.routes = routes;
    this.breaker = breaker;
  }

  @Override
  public String name() {
    return "routes";
  }

  @Override
  public Future<JsonObject> check() {
    return store.read(OutboxRows::depth).map(depth -> {
      JsonObject each = new JsonObject();
      for (Channel c : routes.all()) {
        boolean sending = c == routes.sending();
        JsonObject r = new JsonObject().put("type", routes.typeOf(c)).put("sending", sending)
            .put("breaker", sending ? breaker.state() : "closed").put("queueDepth", sending ? depth : 0);
        c.status().forEach(e -> r.put(e.getKey(), e.getValue()));
        each.put(c.name(), r);
      }
      return new JsonObject().put("ok", breaker.linkUp()).put("routes", each);
    });
  }
}
