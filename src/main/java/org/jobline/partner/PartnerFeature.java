package org.jobline.partner;

import io.vertx.ext.web.Router;
import org.jobline.alert.Alerts;
import org.jobline.core.AppContext;
import org.jobline.core.Feature;

/** The partner JSON API (/api/v1) as a feature of its own: vacancies through the same service as the admin page. */
public final class PartnerFeature implements Feature {
  private final AppContext ctx;

  public PartnerFeature(AppContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void mount(Router router) {
    org.jobline.vacancy.VacancyService vacancies = Alerts.vacancyService(ctx);
    new PartnerApi(vacancies, new PartnerKeys(ctx.store()), ctx.referenceData()).mount(router);
    new InterestApi(vacancies, ctx.store()).mount(router); // after PartnerApi: its key check covers these routes

  }
}
