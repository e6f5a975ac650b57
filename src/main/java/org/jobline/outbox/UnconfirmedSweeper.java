package org.jobline.outbox;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import org.jobline.config.AppConfig.OutboxConfig;
import org.jobline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link #EVERY_MS}, applies the confirm-wait policy to unconfirmed messages and ends
 * 'unknown' the sent ones whose final report never came ({@link Unconfirmed#decide}).
 */
public final class UnconfirmedSweeper extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(UnconfirmedSweeper.class);
  static final long EVERY_MS = 5_000;

  private final Store store;
  private final OutboxConfig config;
  private final Clock clock;
  private long timer = -1;
  private boolean running;

  public UnconfirmedSweeper(Store store, OutboxConfig config, Clock clock) {
    this.store = store;
    this.config = config;
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
    long confirmWaitMs = config.confirmWaitMinutes() * 60_000L;
    long reportWaitMs = config.reportWaitHours() * 3_600_000L;
    store.write(tx -> Unconfirmed.decide(tx, clock.millis(), confirmWaitMs, config.resendAlerts(), reportWaitMs))
        .onComplete(ar -> {
          running = false;
          if (ar.failed()) {
            log.error("deciding unconfirmed messages failed; will try again", ar.cause());
            return;
          }
          Unconfirmed.Decided d = ar.result();
          if (d.resent() > 0 || d.dropped() > 0) {
            log.warn("{} unconfirmed messages without a delivery report after {} min: {} sent again, {} alerts not "
                + "(outbox.unconfirmedAlerts: {})", d.resent() + d.dropped(), config.confirmWaitMinutes(), d.resent(),
                d.dropped(), config.unconfirmedAlerts());
          }
          if (d.unknown() > 0) {
            log.info("{} sent messages without a final delivery report after {} h: status unknown", d.unknown(),
                config.reportWaitHours());
          }
        });
  }
}
