package org.jobline.outbox;

import io.vertx.core.json.JsonObject;

/** Read-only view of a route's circuit breaker, for /ready and tests. */
public final class BreakerView {
  private final Breaker breaker;

  BreakerView(Breaker breaker) {
    this.breaker = breaker;
  }

  /** "closed", "open" or "probing". */
  public String state() {
    return breaker.state().name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean linkUp() {
    return breaker.closed();
  }

  JsonObject toJson() {
    return new JsonObject().put("breaker", state()).put("consecutiveFailures", breaker.consecutiveFailures());
  }
}
