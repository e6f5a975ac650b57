package org.jobline.outbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Routes;
import org.jobline.core.ReadinessCheck;
import org.jobline.outbox.routing.RoutingPolicy;
import org.jobline.store.Store;

/**
 * /ready's "routes" part: every configured route with its type, the kinds it carries, its breaker,
 * whether routing gives it traffic now, what it holds in flight, sent and cost today, and its own
 * state (bind, signal...). Down when no sending route's breaker is closed.
 */
final class RoutesReadiness implements ReadinessCheck {
  private final Store store;
  private final Routes routes;
  private final RoutingPolicy policy;
  private final Map<String, Dispatcher> dispatchers;
  private final ZoneId zone;

  RoutesReadiness(Store store, Routes routes, RoutingPolicy policy, Map<String, Dispatcher> dispatchers, ZoneId zone) {
    this.store = store;
    this.routes = routes;
    this.policy = policy;
    this.dispatchers = dispatchers;
    this.zone = zone;
  }

  @Override
  public String name() {
    return "routes";
  }

  @Override
  public Future<JsonObject> check() {
    long now = Clock.systemUTC().millis();
    return store.read(tx -> RouteCounts.read(tx, now, zone)).map(counts -> {
      JsonObject each = new JsonObject();
      boolean anyUp = false;
      for (Channel c : routes.all()) {
        Dispatcher d = dispatchers.get(c.name());
        JsonArray kinds = new JsonArray();
        RoutingPolicy.KINDS.stream().filter(k -> policy.routesFor(k).contains(c.name())).forEach(kinds::add);
        String breaker = d == null ? "closed" : d.breaker().state();
        JsonObject r = new JsonObject().put("type", routes.typeOf(c)).put("sending", d != null).put("kinds", kinds)
            .put("breaker", breaker).put("usable", d != null && d.usable())
            .put("queueDepth", d != null ? counts.depth() : 0).put("inFlight", counts.inHand().getOrDefault(c.name(), 0L))
            .put("sentToday", counts.sentToday().getOrDefault(c.name(), 0L))
            .put("costToday", counts.costToday().getOrDefault(c.name(), 0.0))
            .put("costPerSegment", policy.costPerSegment(c.name()));
        c.status().forEach(e -> r.put(e.getKey(), e.getValue()));
        each.put(c.name(), r);
        anyUp |= d != null && "closed".equals(breaker);
      }
      return new JsonObject().put("ok", anyUp).put("routes", each);
    });
  }
}
