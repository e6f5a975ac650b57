package org.jobline.simulator;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.util.List;
import org.jobline.aggregator.Channel;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.simulator.modem.SimulatedModemRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mounts the simulator in the gateway when {@link SimulatorGuard#wanted} (dev mode, and the simulator
 * is a route or {@code simulator.enabled: true}), behind its token when other machines can reach it.
 */
public final class SimulatorFeature implements Feature {
  private static final Logger log = LoggerFactory.getLogger(SimulatorFeature.class);
  private final AppContext ctx;
  private final Simulator simulator;

  /** {@code routes}: the gateway's routes; the emulated modem among them ({@code simulator.modem.link}) gets the phones. */
  public SimulatorFeature(AppContext ctx, List<Channel> routes) {
    this.ctx = ctx;
    this.simulator = ctx.config().production() ? null
        : new Simulator(ctx.vertx(), ctx.config(), ctx.phoneNumbers(), Target.sameServer());
    if (simulator != null) {
      routes.stream().filter(SimulatedModemRoute.class::isInstance).map(SimulatedModemRoute.class::cast).findFirst()
          .ifPresent(simulator::modem);
    }
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
    simulator.mount(router);
  }

  /** The test SMSC, when {@code simulator.smpp.port} asks for it (dev mode only). */
  @Override
  public List<VerticleBase> workers() {
    var smpp = ctx.config().simulator().smpp();
    if (simulator == null || !SimulatorGuard.wanted(ctx.config()) || smpp == null || smpp.port() == 0) {
      return List.of();
    }
    return List.of(new SimulatedSmsc(smpp.port(), simulator, ctx.config().sms().shortCode()));
  }
}
