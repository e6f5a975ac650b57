package org.jobline.followup;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends due outcome follow-ups: at start, then every {@code followUp.checkMinutes}, at the time of its clock. */
public final class FollowUpVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(FollowUpVerticle.class);
  private final FollowUpScheduler scheduler;
  private final Clock clock;
  private final long periodMs;
  private long timer = -1;

  public FollowUpVerticle(FollowUpScheduler scheduler, Clock clock, long periodMs) {
    this.scheduler = scheduler;
    this.clock = clock;
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
    return scheduler.run(clock.millis())
        .onSuccess(n -> {
          if (n > 0) {
            log.info("queued {} outcome follow-ups", n);
          }
        })
        .onFailure(e -> log.error("queuing outcome follow-ups failed", e))
        .<Void>mapEmpty().recover(e -> Future.succeededFuture());
  }
}
