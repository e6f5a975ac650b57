package org.jobline.outbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.jobline.core.ReadinessCheck;
import org.jobline.store.Store;

/**
 * /ready's "aggregator" part: the default route's breaker and the queue depth; down while no sending
 * route's breaker is closed (with one route: while its breaker is open; with failover, while the
 * spare routes are down too).
 */
final class AggregatorReadiness implements ReadinessCheck {
  private final Store store;
  private final String route;
  private final BreakerView breaker;
  private final java.util.function.BooleanSupplier anyUp;

  AggregatorReadiness(Store store, String route, BreakerView breaker, java.util.function.BooleanSupplier anyUp) {
    this.store = store;
    this.route = route;
    this.breaker = breaker;
    this.anyUp = anyUp;
  }

  @Override
  public String name() {
    return "aggregator";
  }

  @Override
  public Future<JsonObject> check() {
    return store.read(OutboxRows::depth).map(depth -> breaker.toJson()
        .put("ok", anyUp.getAsBoolean()).put("route", route).put("queueDepth", depth));
  }
}
