package org.jobline.alert;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.jobline.vacancy.VacancyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes vacancies past their closing date: at start, then every {@code alerts.closingCheckMinutes}. */
public final class ClosingVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(ClosingVerticle.class);
  private final VacancyService vacancies;
  private final long periodMs;
  private long timer = -1;

  public ClosingVerticle(VacancyService vacancies, long periodMs) {
    this.vacancies = vacancies;
    this.periodMs = periodMs;
  }

  @Override
  public Future<?> start() {
    timer = vertx.setPeriodic(periodMs, t -> check());
    return check();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return Future.succeededFuture();
  }

  private Future<Void> check() {
    return vacancies.closePastClosingDate()
        .onSuccess(refs -> {
          if (!refs.isEmpty()) {
            log.info("closed {} vacancies past their closing date: {}", refs.size(), refs);
          }
        })
        .onFailure(e -> log.error("closing vacancies past their closing date failed", e))
        .<Void>mapEmpty().recover(e -> Future.succeededFuture());
  }
}
