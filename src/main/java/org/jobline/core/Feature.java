package org.jobline.core;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.util.List;

/**
 * A feature of the gateway: owns its routes, and may bring background verticles (dispatcher,
 * schedulers) and readiness checks. Features are listed once, in {@code app.Features}.
 */
public interface Feature {
  void mount(Router router);

  /**
   * Routes that read their own body ({@code http.FormBody}), mounted before the
   * router's general body handler. Only for hot machine-to-machine callbacks.
   */
  default void mountFirst(Router router) {}

  default List<VerticleBase> workers() {
    return List.of();
  }

  default List<ReadinessCheck> readinessChecks() {
    return List.of();
  }
}
