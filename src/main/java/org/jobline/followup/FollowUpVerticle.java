package org.jobline.followup;

import io.vertx.core.Future;
import java.time.Clock;
import org.jobline.core.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends due outcome follow-ups: at start, then every {@code followUp.checkMinutes}, at the time of its clock. */
public final class FollowUpVerticle extends PeriodicJob {
  private static final Logger log = LoggerFactory.getLogger(FollowUpVerticle.class);
  private final FollowUpScheduler scheduler;
  private final Clock clock;

  public FollowUpVerticle(FollowUpScheduler scheduler, Clock clock, long periodMs) {
    super(periodMs);
    this.scheduler = scheduler;
    this.clock = clock;
  }

  @Override
  protected Future<?> runOnce() {
    return scheduler.run(clock.millis())
        .onSuccess(n -> {
          if (n > 0) {
            log.info("queued {} outcome follow-ups", n);
          }
        })
        .onFailure(e -> log.error("queuing outcome follow-ups failed", e));
  }
}
