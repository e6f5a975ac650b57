package org.jobline.simulator;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.util.List;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;

/** Mounts the simulator in the gateway, except in production mode where nothing of it exists. */
public final class SimulatorFeature implements Feature {
  private final AppContext ctx;
  private final Simulator simulator;

  public SimulatorFeature(AppContext ctx) {
    this.ctx = ctx;
    this.simulator = ctx.config().production() ? null
        : new Simulator(ctx.vertx(), ctx.config(), ctx.phoneNumbers(), Target.sameServer());
  }

  @Override
  public void mount(Router router) {
    if (simulator != null) {
      simulator.mount(router);
    }
  }

  /** The test SMSC, when {@code simulator.smpp.port} asks for it (dev mode only). */
  @Override
  public List<VerticleBase> workers() {
    var smpp = ctx.config().simulator().smpp();
    if (simulator == null || smpp == null || smpp.port() == 0) {
      return List.of();
    }
    return List.of(new SimulatedSmsc(smpp.port(), simulator.phones()));
  }
}
