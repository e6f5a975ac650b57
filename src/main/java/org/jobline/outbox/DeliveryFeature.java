package org.jobline.outbox;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import org.jobline.aggregator.SmsRoute;
import org.jobline.aggregator.SmsRoutes;
import org.jobline.aggregator.africastalking.AtCallbacks;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.core.ReadinessCheck;

/**
 * The delivery engine: the outbox dispatcher, the aggregator's callbacks (and the sweeper of the
 * reports that came before their message was saved) and the /ready link check.
 */
public final class DeliveryFeature implements Feature {
  private final AppContext ctx;
  private final SmsRoute route;
  private final Dispatcher dispatcher;
  private final LateReportSweeper lateReports;

  public DeliveryFeature(AppContext ctx) {
    this.ctx = ctx;
    this.route = SmsRoutes.create(ctx);
    this.dispatcher = new Dispatcher(ctx.store(), route, ctx.config().outbox(), QuietHours.of(ctx.config()),
        Clock.systemUTC());
    this.lateReports = new LateReportSweeper(ctx.store(), Clock.systemUTC());
  }

  @Override
  public void mount(Router router) {
    new AtCallbacks(ctx).mount(router);
  }

  @Override
  public List<VerticleBase> workers() {
    return List.of(dispatcher, lateReports);
  }

  @Override
  public List<ReadinessCheck> readinessChecks() {
    return List.of(new AggregatorReadiness(ctx.store(), route.name(), dispatcher.breaker()));
  }
}
