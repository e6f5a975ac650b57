package org.jobline.alert;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.List;
import org.jobline.vacancy.Vacancies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs pending fan-outs batch after batch: at start (resuming any cut short), on every vacancy
 * change event and on a periodic sweep. Stopping waits for the batch in flight, then stops.
 */
public final class FanoutVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(FanoutVerticle.class);
  private final Fanout fanout;
  private final long sweepMs;
  private final Runnable afterBatch;
  private MessageConsumer<String> consumer;
  private Future<Void> running = Future.succeededFuture();
  private boolean busy;
  private boolean again;
  private boolean stopping;
  private long timer = -1;

  public FanoutVerticle(Fanout fanout, long sweepMs) {
    this(fanout, sweepMs, () -> {});
  }

  /** {@code afterBatch} runs on this verticle's context after each committed batch (tests use it). */
  public FanoutVerticle(Fanout fanout, long sweepMs, Runnable afterBatch) {
    this.fanout = fanout;
    this.sweepMs = sweepMs;
    this.afterBatch = afterBatch;
  }

  @Override
  public Future<?> start() {
    consumer = vertx.eventBus().consumer(Vacancies.CHANGED_ADDRESS, m -> kick());
    timer = vertx.setPeriodic(sweepMs, t -> kick());
    kick();
    return consumer.completion();
  }

  @Override
  public Future<?> stop() {
    finishAfterThisBatch();
    vertx.cancelTimer(timer);
    return consumer.unregister().compose(v -> running.recover(e -> Future.succeededFuture()));
  }

  /** No batch starts after the one in flight (stop() does this; a test calls it between two batches). */
  void finishAfterThisBatch() {
    stopping = true;
  }

  private void kick() {
    if (stopping) {
      return;
    }
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    again = false;
    running = fanout.pending().compose(this::runAll)
        .onFailure(e -> log.error("alert fan-out failed; it will be retried", e))
        .eventually(() -> {
          busy = false;
          if (again) {
            kick();
          }
          return Future.succeededFuture();
        });
  }

  private Future<Void> runAll(List<Long> ids) {
    Future<Void> chain = Future.succeededFuture();
    for (long id : ids) {
      chain = chain.compose(v -> runOne(id));
    }
    return chain;
  }

  private Future<Void> runOne(long vacancyId) {
    if (stopping) {
      return Future.succeededFuture();
    }
    return fanout.runBatch(vacancyId).compose(more -> {
      afterBatch.run();
      return more ? runOne(vacancyId) : Future.succeededFuture();
    });
  }
}
