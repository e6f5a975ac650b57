package org.jobline.outbox;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import org.jobline.config.AppConfig.OutboxConfig;
import org.jobline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link #EVERY_MS}, on PostgreSQL takes back the rows a dead node had claimed (past
 * outbox.claimLeaseSeconds), applies the confirm-wait policy to unconfirmed messages and ends
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

  /** What one pass did: rows taken back from a node past its claim lease (PostgreSQL), and the policy's decisions. */
  record Pass(int taken, Unconfirmed.Decided decided) {}

  private static final Pass SKIPPED = new Pass(0, new Unconfirmed.Decided(0, 0, 0));

  /**
   * One pass, run by one node at a time ({@code tx.once}: on PostgreSQL the other nodes skip it while
   * one runs): takes back the rows of a node past its claim lease (PostgreSQL only: on SQLite the
   * start of the one process did), then applies the confirm-wait and report-wait policies.
   */
  Pass pass(org.jobline.store.Tx tx, long now, long leaseMs, long confirmWaitMs, long reportWaitMs)
      throws java.sql.SQLException {
    if (!tx.once("outbox.unconfirmed")) {
      return SKIPPED;
    }
    int taken = tx.postgres() ? OutboxRows.recoverLeaseOver(tx, now, leaseMs) : 0;
    return new Pass(taken, Unconfirmed.decide(tx, now, confirmWaitMs, config.resendAlerts(), reportWaitMs));
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
    long leaseMs = config.claimLeaseSeconds() * 1000L;
    store.write(tx -> pass(tx, clock.millis(), leaseMs, confirmWaitMs, reportWaitMs))
        .onComplete(ar -> {
          running = false;
          if (ar.failed()) {
            log.error("deciding unconfirmed messages failed; will try again", ar.cause());
            return;
          }
          if (ar.result().taken() > 0) {
            log.warn("{} messages claimed more than {} s ago by a node that never saved their outcome (stopped?): taken "
                + "back as unconfirmed, waiting up to {} min for their delivery reports", ar.result().taken(),
                config.claimLeaseSeconds(), config.confirmWaitMinutes());
          }
          Unconfirmed.Decided d = ar.result().decided();
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
