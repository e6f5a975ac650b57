package org.jobline.core;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

/**
 * A store job run at start, then every {@code periodMs} until the verticle stops (closing past-date vacancies,
 * queuing follow-ups). A pass never fails the verticle: {@link #runOnce} logs its own outcome, and a failed
 * pass is simply tried again at the next tick.
 */
public abstract class PeriodicJob extends VerticleBase {
  private final long periodMs;
  private long timer = -1;

  protected PeriodicJob(long periodMs) {
    this.periodMs = periodMs;
  }

  /** One pass; it logs what it did or why it failed. */
  protected abstract Future<?> runOnce();

  @Override
  public final Future<?> start() {
    timer = vertx.setPeriodic(periodMs, t -> pass());
    return pass();
  }

  @Override
  public final Future<?> stop() {
    vertx.cancelTimer(timer);
    return Future.succeededFuture();
  }

  private Future<Void> pass() {
    return runOnce().<Void>mapEmpty().recover(e -> Future.succeededFuture());
  }
}
