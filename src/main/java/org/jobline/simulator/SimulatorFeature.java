package org.jobline.simulator;

import io.vertx.ext.web.Router;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;

/** Mounts the simulator in the gateway, except in production mode where nothing of it exists. */
public final class SimulatorFeature implements Feature {
  private final AppContext ctx;

  public SimulatorFeature(AppContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void mount(Router router) {
    if (ctx.config().production()) {
      return;
    }
    new Simulator(ctx.vertx(), ctx.config(), ctx.phoneNumbers(), Target.sameServer()).mount(router);
  }
}
