package org.jobline.alert;

import java.time.Clock;
import java.time.ZoneId;
import org.jobline.config.AppConfig;
import org.jobline.core.AppContext;
import org.jobline.outbox.Outbox;
import org.jobline.refdata.ReferenceData;
import org.jobline.vacancy.VacancyRefs;
import org.jobline.vacancy.VacancyService;
import org.jobline.vacancy.VacancyValidator;

/** Builds the vacancy and alert parts wired the same way everywhere (API, admin page, channels, bench). */
public final class Alerts {
  private Alerts() {}

  /** The vacancy service whose open/edit/close schedule and expire alerts; a partner's open may wait for validation. */
  public static VacancyService vacancyService(AppContext ctx, Clock clock) {
    ZoneId zone = ZoneId.of(ctx.config().locale().timeZone());
    return new VacancyService(ctx.store(), ctx.vertx(), new VacancyValidator(ctx.referenceData(), zone, clock,
        ctx.config().locale().country()),
        new VacancyRefs(), new AlertLifecycle(clock), clock, new org.jobline.trust.Reviews(clock));
  }

  public static VacancyService vacancyService(AppContext ctx) {
    return vacancyService(ctx, Clock.systemUTC());
  }

  public static AlertWriter writer(AppConfig config, ReferenceData referenceData, Clock clock) {
    Pacing pacing = new Pacing(config.alerts().dailyCap(), ZoneId.of(config.locale().timeZone()), clock);
    AlertText texts = new AlertText(referenceData, config.ussd().serviceCode(), config.sms().shortCode(),
        config.trust().verifiedBy());
    return new AlertWriter(new Outbox(config.sms()), texts, pacing);
  }

  /** What the USSD and SMS channels call after a registration. */
  public static WelcomeMatches welcomeMatches(AppContext ctx) {
    return new WelcomeMatches(writer(ctx.config(), ctx.referenceData(), Clock.systemUTC()));
  }

  public static Fanout fanout(AppContext ctx, Clock clock) {
    return new Fanout(ctx.store(), writer(ctx.config(), ctx.referenceData(), clock), ctx.config().alerts().fanoutBatch());
  }
}
