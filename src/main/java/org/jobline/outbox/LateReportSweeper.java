package org.jobline.outbox;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import org.jobline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every {@link #EVERY_MS}, applies the kept late delivery reports whose message is now saved ({@link LateReports}). */
public final class LateReportSweeper extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(LateReportSweeper.class);
  static final long EVERY_MS = 2_000;

  private final Store store;
  private final Clock clock;
  private long timer = -1;
  private boolean running;

  public LateReportSweeper(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Future<?> start() {
    timer = vertx.setPeriodic(EVERY_MS, id -> sweep());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return Future.succeededFuture();
  }

  private void sweep() {
    if (running) {
      return;
    }
    running = true;
    store.write(tx -> LateReports.sweep(tx, clock.millis())).onComplete(ar -> {
      running = false;
      if (ar.failed()) {
        log.error("applying kept delivery reports failed; will try again", ar.cause());
      } else if (ar.result().applied() > 0 || ar.result().dropped() > 0) {
        log.info("kept delivery reports: {} applied, {} dropped after {} h without their message",
            ar.result().applied(), ar.result().dropped(), LateReports.KEEP_MS / 3_600_000);
      }
    });
  }
}
