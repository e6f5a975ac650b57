package org.jobline.simulator;

import io.vertx.ext.web.Router;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mounts the simulator in the gateway when {@link SimulatorGuard#wanted} (dev mode, and the simulator
 * is a route or {@code simulator.enabled: true}), behind its token when other machines can reach it.
 */
public final class SimulatorFeature implements Feature {
  private static final Logger log = LoggerFactory.getLogger(SimulatorFeature.class);
  private final AppContext ctx;

  public SimulatorFeature(AppContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void mount(Router router) {
    if (!SimulatorGuard.wanted(ctx.config())) {
      return;
    }
    SimulatorGuard guard = new SimulatorGuard(ctx.config());
    router.route("/simulator").handler(guard::handle);
    router.route("/simulator/*").handler(guard::handle);
    if (!guard.open()) {
      log.info("simulator: {} listens beyond loopback; from another machine open /simulator/?token={}",
          ctx.config().http().host(), guard.token());
    }
    new Simulator(ctx.vertx(), ctx.config(), ctx.phoneNumbers(), Target.sameServer()).mount(router);
  }
}
