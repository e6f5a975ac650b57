package org.jobline.alert;

import io.vertx.core.Future;
import org.jobline.core.PeriodicJob;
import org.jobline.vacancy.VacancyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes vacancies past their closing date: at start, then every {@code alerts.closingCheckMinutes}. */
public final class ClosingVerticle extends PeriodicJob {
  private static final Logger log = LoggerFactory.getLogger(ClosingVerticle.class);
  private final VacancyService vacancies;

  public ClosingVerticle(VacancyService vacancies, long periodMs) {
    super(periodMs);
    this.vacancies = vacancies;
  }

  @Override
  protected Future<?> runOnce() {
    return vacancies.closePastClosingDate()
        .onSuccess(refs -> {
          if (!refs.isEmpty()) {
            log.info("closed {} vacancies past their closing date: {}", refs.size(), refs);
          }
        })
        .onFailure(e -> log.error("closing vacancies past their closing date failed", e));
  }
}
