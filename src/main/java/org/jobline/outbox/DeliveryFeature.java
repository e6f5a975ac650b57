package org.jobline.outbox;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Inbound;
import org.jobline.aggregator.Routes;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.core.ReadinessCheck;
import org.jobline.outbox.routing.RouteStates;
import org.jobline.outbox.routing.RoutingPolicy;

/**
 * The delivery engine: one outbox dispatcher per sending route (each claiming what the routing
 * policy gives its route), every route's callbacks (each handing what it decodes to the
 * {@link Inbound} sink), the sweeper of the reports that came before their message was saved, and
 * the /ready link checks.
 */
public final class DeliveryFeature implements Feature {
  private final AppContext ctx;
  private final Routes routes;
  private final Inbound inbound;
  private final RoutingPolicy policy;
  private final Map<String, Dispatcher> dispatchers = new LinkedHashMap<>();
  private final LateReportSweeper lateReports;
  private final UnconfirmedSweeper unconfirmed;

  public DeliveryFeature(AppContext ctx, Routes routes, Inbound inbound) {
    this.ctx = ctx;
    this.routes = routes;
    this.inbound = inbound;
    this.policy = RoutingPolicy.build(ctx.config(), routes);
    RouteStates states = name -> {
      Dispatcher d = dispatchers.get(name);
      return d != null && d.usable();
    };
    for (Channel c : routes.all()) {
      if (policy.sends(c.name())) {
        ClaimTerms terms = new ClaimTerms(() -> policy.claimsFor(c.name(), states), policy.costPerSegment(c.name()),
            dispatchers.isEmpty());
        dispatchers.put(c.name(), new Dispatcher(ctx.store(), c, ctx.config().outbox(), QuietHours.of(ctx.config()),
            Clock.systemUTC(), terms));
      }
    }
    this.lateReports = new LateReportSweeper(ctx.store(), Clock.systemUTC());
    this.unconfirmed = new UnconfirmedSweeper(ctx.store(), ctx.config().outbox(), Clock.systemUTC());
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

  /** The dispatcher that recovers rows at start comes first: it is deployed (and started) before the others. */
  @Override
  public List<VerticleBase> workers() {
    List<VerticleBase> out = new ArrayList<>(dispatchers.values());
    out.add(lateReports);
    out.add(unconfirmed);
    return out;
  }

  @Override
  public List<ReadinessCheck> readinessChecks() {
    Dispatcher primary = dispatchers.getOrDefault(routes.sending().name(), dispatchers.values().iterator().next());
    return List.of(new AggregatorReadiness(ctx.store(), primary.routeName(), primary.breaker(),
            () -> dispatchers.values().stream().anyMatch(d -> d.breaker().linkUp())),
        new RoutesReadiness(ctx.store(), routes, policy, dispatchers, java.time.ZoneId.of(ctx.config().locale().timeZone())));
  }
}
