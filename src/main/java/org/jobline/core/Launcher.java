package org.jobline.core;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.jobline.config.AppConfig;
import org.jobline.store.Store;

/**
 * Starts a whole gateway in this process (app.Gateway does it): for commands such as
 * {@code simulate} that need one without depending on the composition root.
 */
@FunctionalInterface
public interface Launcher {
  Future<Running> start(Vertx vertx, AppConfig config);

  /** A started gateway: where it listens, its store, and how to stop it. */
  interface Running {
    int port();

    Store store();

    Future<Void> stop();
  }
}
