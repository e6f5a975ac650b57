package org.jobline.trust.admin;

import io.vertx.ext.web.Router;
import java.time.Clock;
import org.jobline.alert.Alerts;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.outbox.Outbox;
import org.jobline.trust.TrustDesk;

/**
 * Verified offers and scam reports (issue 21) for agency staff: the "A valider" and "Signalements" admin pages,
 * behind the admin guard, and in dev mode the scenarios' staff hooks behind the simulator's guard (listed after
 * both features). The SMS keyword and the USSD item live in their channels; the publish gate in alert.Alerts.
 */
public final class TrustFeature implements Feature {
  private final AppContext ctx;
  private final TrustDesk desk;

  public TrustFeature(AppContext ctx) {
    this.ctx = ctx;
    this.desk = desk(ctx, Clock.systemUTC());
  }

  /** The staff actions wired like the gateway's (the scenario runner builds its own on the gateway's store). */
  public static TrustDesk desk(AppContext ctx, Clock clock) {
    return new TrustDesk(ctx.store(), Alerts.vacancyService(ctx, clock), new Outbox(ctx.config().sms()),
        ctx.config().sms().shortCode(), clock);
  }

  @Override
  public void mount(Router router) {
    new ReviewPage(ctx, desk).mount(router);
    new ReportsPage(ctx, desk).mount(router);
    if (!ctx.config().production() && org.jobline.simulator.SimulatorGuard.wanted(ctx.config())) {
      new ScenarioHooks(ctx, desk).mount(router);
    }
  }
}
