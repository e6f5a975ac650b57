package org.jobline.outbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.jobline.core.ReadinessCheck;
import org.jobline.store.Store;

/** /ready's "aggregator" part: down while the breaker is open; always tells the queue depth. */
final class AggregatorReadiness implements ReadinessCheck {
  private final Store store;
  private final String route;
  private final BreakerView breaker;

  AggregatorReadiness(Store store, String route, BreakerView breaker) {
    this.store = store;
    this.route = route;
    this.breaker = breaker;
  }

  @Override
  public String name() {
    return "aggregator";
  }

  @Override
  public Future<JsonObject> check() {
    return store.read(OutboxRows::depth).map(depth -> breaker.toJson()
        .put("ok", breaker.linkUp()).put("route", route).put("queueDepth", depth));
  }
}
