package org.jobline.app;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.util.List;

/**
 * A feature of the gateway: owns its routes, and may bring background verticles (dispatcher,
 * schedulers) and readiness checks. Features are listed once, in {@link Features}.
 */
public interface Feature {
  void mount(Router router);

  default List<VerticleBase> workers() {
    return List.of();
  }

  default List<org.jobline.http.ReadinessCheck> readinessChecks() {
    return List.of();
  }
}
