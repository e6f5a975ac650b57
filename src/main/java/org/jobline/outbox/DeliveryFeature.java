package org.jobline.outbox;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Routes;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.core.ReadinessCheck;

/**
 * The delivery engine: the outbox dispatcher on the sending route, every route's callbacks (each
 * handing what it decodes to the {@link Inbound} sink), the sweeper of the reports that came before
 * their message was saved, and the /ready link checks.
 */
public final class DeliveryFeature implements Feature {
  private final AppContext ctx;
  private final Routes routes;
  private final Inbound inbound;
  private final Dispatcher dispatcher;
  private final LateReportSweeper lateReports;

  public DeliveryFeature(AppContext ctx, Routes routes, Inbound inbound) {
    this.ctx = ctx;
    this.routes = routes;
    this.inbound = inbound;
    this.dispatcher = new Dispatcher(ctx.store(), routes.sending(), ctx.config().outbox(), QuietHours.of(ctx.config()),
        Clock.systemUTC());
    this.lateReports = new LateReportSweeper(ctx.store(), Clock.systemUTC());
  }

  @Override
  public void mountFirst(Router router) {
    for (Channel c : routes.all()) {
      c.mountFirst(router, inbound);
    }
  }

  @Override
  public void mount(Router router) {
    for (Channel c : routes.all()) {
      c.mount(router, inbound);
    }
  }

  @Override
  public List<VerticleBase> workers() {
    return List.of(dispatcher, lateReports);
  }

  @Override
  public List<ReadinessCheck> readinessChecks() {
    return List.of(new AggregatorReadiness(ctx.store(), routes.sending().name(), dispatcher.breaker()),
        new RoutesReadiness(ctx.store(), routes, dispatcher.breaker()));
  }
}
