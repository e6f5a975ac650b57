package org.jobline.alert;

import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;
import org.jobline.vacancy.VacancyService;

/** Alerts: the fan-out worker and the closing-date job (the partner API is partner.PartnerFeature). */
public final class AlertsFeature implements Feature {
  static final long SWEEP_MS = 30_000;
  private final AppContext ctx;
  private final VacancyService vacancies;

  public AlertsFeature(AppContext ctx) {
    this.ctx = ctx;
    this.vacancies = Alerts.vacancyService(ctx);
  }

  @Override
  public void mount(Router router) {
    // no routes: alerts are made by workers
  }

  @Override
  public List<VerticleBase> workers() {
    long closingMs = ctx.config().alerts().closingCheckMinutes() * 60_000L;
    return List.of(new FanoutVerticle(Alerts.fanout(ctx, Clock.systemUTC()), SWEEP_MS),
        new ClosingVerticle(vacancies, closingMs));
  }
}
