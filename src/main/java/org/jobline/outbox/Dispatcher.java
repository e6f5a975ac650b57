package org.jobline.outbox;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jobline.aggregator.Channel;
import org.jobline.aggregator.Recipient;
import org.jobline.aggregator.SendOutcome;
import org.jobline.config.AppConfig.OutboxConfig;
import org.jobline.outbox.routing.ClaimFilter;
import org.jobline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox through one route: claims due rows in batches, groups identical texts into
 * one request, paces requests through the throttle, records outcomes in group commits, and stops
 * sending while the breaker is open. Timers only; every JDBC call goes through the store.
 */
public final class Dispatcher extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final int FLUSH_ROWS = 200;
  private static final long FLUSH_DELAY_MS = 10;
  /**
   * Claims again while fewer than this many batches are in hand. A claim waits on the writer
   * behind outcome commits (5-15 ms measured at 25,000 messages/s): with one batch in hand the
   * send queue ran dry in half of the 100 ms windows and the link sat idle.
   */
  private static final int REFILL_BATCHES = 3;

  private final Store store;
  private final Channel route;
  private final OutboxConfig config;
  private final QuietHours quietHours;
  private final Clock clock;
  private final Breaker breaker;
  private final Throttle throttle;
  private final OutboxRows rows;
  private final ClaimTerms terms;
  private final SendQueue queue = new SendQueue();
  /** Set on this dispatcher's context, read by the other routes' (routing: throttle room). */
  private volatile boolean full;
  private final Promise<Void> drained = Promise.promise();
  private List<OutboxRows.Result> pending = new ArrayList<>();
  private int inFlight;
  /** Rows claimed whose outcome is not saved yet (queued here, in flight, or waiting for the group commit). */
  private int held;
  /** The route's unconfirmed rows as the last claim counted them. */
  private int unconfirmed;
  private boolean claiming;
  private boolean flushing;
  private boolean queueEmpty;
  private boolean stopping;
  private boolean pumping;
  private boolean pumpAgain;
  private long pollTimer = -1;
  private long wakeTimer = -1;
  private long flushTimer = -1;

  public Dispatcher(Store store, Channel route, OutboxConfig config, QuietHours quietHours, Clock clock) {
    this(store, route, config, quietHours, clock, ClaimTerms.everything());
  }

  /** A dispatcher of several: it claims only what {@code terms} gives its route (routing and failover). */
  public Dispatcher(Store store, Channel route, OutboxConfig config, QuietHours quietHours, Clock clock, ClaimTerms terms) {
    this.terms = terms;
    this.store = store;
    this.route = route;
    this.config = config;
    this.quietHours = quietHours;
    this.clock = clock;
    this.breaker = new Breaker(config.breakerThreshold(), config.breakerProbeMs());
    this.throttle = new Throttle(config.segmentsPerSecond());
    this.rows = new OutboxRows(config.maxAttempts(), new Backoff(config.backoffBaseMs(), config.backoffMaxMs(), Math::random));
  }

  @Override
  public Future<?> start() {
    org.jobline.metrics.Metrics.breaker(route.name(), () -> breaker.state().name());
    return store.write(tx -> terms.recoverAtStart() ? OutboxRows.recover(tx, clock.millis()) : 0).map(n -> {
      if (n > 0) {
        log.warn("{} messages were being sent when the gateway stopped: unconfirmed, waiting up to {} min for their "
            + "delivery reports before the policy decides", n, config.confirmWaitMinutes());
      }
      pollTimer = vertx.setPeriodic(config.pollMs(), id -> tick());
      return null;
    });
  }

  /** Stops claiming, lets requests in flight finish and their outcomes be saved, gives back the rest. */
  @Override
  public Future<?> stop() {
    stopping = true;
    vertx.cancelTimer(pollTimer);
    vertx.cancelTimer(wakeTimer);
    maybeDrained();
    return drained.future().compose(v -> route.close());
  }

  /** For routing: the breaker is closed and the throttle has room (replies in hand do not fill the claim window). */
  public boolean usable() {
    return breaker.closed() && !full;
  }

  public String routeName() {
    return route.name();
  }

  /** The breaker's state for /ready. */
  public BreakerView breaker() {
    return new BreakerView(breaker);
  }

  private void tick() {
    queueEmpty = false;
    unconfirmed = 0; // counted again by the next claim: reports and the confirm wait resolve them meanwhile
    flush();
    pump();
  }

  /**
   * Sends what may go and claims more. A route may answer before {@code send} returns; the answer
   * calls pump again, which must loop here rather than nest once per request (thousands deep).
   */
  private void pump() {
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    try {
      do {
        pumpAgain = false;
        pumpOnce();
      } while (pumpAgain);
    } finally {
      pumping = false;
    }
  }

  private void pumpOnce() {
    if (stopping) {
      return;
    }
    long now = clock.millis();
    if (breaker.state() == Breaker.State.OPEN) {
      if (inFlight == 0 && !claiming && queue.rows() == 0 && breaker.startProbe(now)) {
        claim(1, now);
      }
      return;
    }
    sendAllowed(now, breaker.closed() ? config.maxInFlight() : 1);
    int want = throttle.off() ? config.batchSize() : Math.min(config.batchSize(), config.segmentsPerSecond());
    full = !throttle.off() && queue.urgentRows() >= REFILL_BATCHES * want;
    if (breaker.closed() && !claiming && !queueEmpty && queue.rows() < REFILL_BATCHES * want
        && held + unconfirmed < config.unconfirmedCap()) {
      claim(want, now);
    }
  }

  private void sendAllowed(long now, int limit) {
    while (inFlight < limit) {
      Send next = queue.peek();
      if (next == null) {
        return;
      }
      long wait = throttle.waitMs(next.cost(), now);
      if (wait > 0) {
        wakeIn(wait);
        return;
      }
      queue.poll();
      throttle.take(next.cost(), now);
      dispatch(next);
    }
  }

  private void dispatch(Send send) {
    inFlight++;
    long attemptAt = clock.millis();
    List<Recipient> to = new ArrayList<>(send.rows().size());
    for (Claimed row : send.rows()) {
      to.add(new Recipient(row.id(), row.recipient()));
    }
    route.send(send.text(), to).onComplete(ar -> {
      inFlight--;
      List<SendOutcome> outcomes = ar.succeeded() && ar.result().size() == to.size() ? ar.result()
          : Collections.nCopies(to.size(), new SendOutcome.Transient("route error: " + ar.cause(), false));
      watchLink(outcomes);
      org.jobline.metrics.Metrics.sends(route.name(), outcomes);
      boolean allAccepted = true;
      for (int i = 0; i < to.size(); i++) {
        pending.add(new OutboxRows.Result(send.rows().get(i), outcomes.get(i), attemptAt));
        allAccepted &= outcomes.get(i) instanceof SendOutcome.Accepted;
      }
      if (allAccepted) {
        flushSoon();
      } else {
        flush(); // a failure (rare) is saved at once: the queue shows it without waiting for company
      }
      pump();
    });
  }

  private void watchLink(List<SendOutcome> outcomes) {
    boolean unreachable = true;
    for (SendOutcome o : outcomes) {
      unreachable &= o instanceof SendOutcome.Transient t && t.connection() || o instanceof SendOutcome.Unknown;
    }
    if (!unreachable) {
      if (!breaker.closed()) {
        log.info("route {} answers again: sending resumes", route.name());
      }
      breaker.onAnswer();
    } else if (breaker.onConnectionFailure(clock.millis())) {
      log.warn("route {} unreachable {} times in a row: breaker open, probing every {} ms",
          route.name(), breaker.consecutiveFailures(), config.breakerProbeMs());
      releaseBuffered();
    }
  }

  private void claim(int limit, long now) {
    ClaimFilter filter = terms.filter().get();
    if (filter.none()) { // every kind of this route goes to an earlier one now
      queueEmpty = true;
      if (breaker.state() == Breaker.State.PROBING) {
        probeWithoutMessage();
      }
      return;
    }
    claiming = true;
    boolean quiet = quietHours.isQuiet(Instant.ofEpochMilli(now));
    int inHand = held;
    int cap = config.unconfirmedCap();
    store.write(tx -> OutboxRows.claim(tx, now, limit, inHand, cap, quiet, route.name(), filter, terms.costPerSegment()))
        .onComplete(ar -> {
      claiming = false;
      List<Claimed> got = ar.succeeded() ? ar.result().rows() : List.of();
      if (ar.failed()) {
        log.error("claiming due messages failed", ar.cause());
        queueEmpty = true; // try again at the next tick, not in a loop (a closed store fails at once)
      } else {
        unconfirmed = ar.result().unconfirmed();
        // capped: wait for answers (or the next tick) rather than claim again at once
        queueEmpty = ar.result().asked() > 0 && got.size() < ar.result().asked();
      }
      held += got.size();
      if (got.isEmpty() && breaker.state() == Breaker.State.PROBING) {
        probeWithoutMessage();
      }
      queue.addAll(Send.group(got, seg -> throttle.maxRecipients(seg, route.maxRecipients())));
      if (stopping || breaker.state() == Breaker.State.OPEN) {
        releaseBuffered();
      }
      pump();
      maybeDrained();
    });
  }

  /** Nothing queued to probe with: ask the route whether it answers, so /ready recovers while idle. */
  private void probeWithoutMessage() {
    route.reachable().onComplete(ar -> {
      Boolean up = ar.succeeded() ? ar.result() : Boolean.FALSE;
      if (up == null) {
        breaker.probeSkipped(clock.millis());
      } else if (up) {
        log.info("route {} answers again", route.name());
        breaker.onAnswer();
      } else {
        breaker.onConnectionFailure(clock.millis());
      }
      pump();
    });
  }

  /**
   * Group commit: outcomes are saved once {@link #FLUSH_ROWS} are waiting or {@link #FLUSH_DELAY_MS}
   * after the first one, so a commit is not paid per request.
   */
  private void flushSoon() {
    if (pending.size() >= FLUSH_ROWS || stopping) {
      flush();
    } else if (flushTimer == -1) {
      flushTimer = vertx.setTimer(FLUSH_DELAY_MS, id -> {
        flushTimer = -1;
        flush();
      });
    }
  }

  private void flush() {
    if (flushing || pending.isEmpty()) {
      return;
    }
    flushing = true;
    List<OutboxRows.Result> batch = pending;
    pending = new ArrayList<>();
    store.write(tx -> {
      rows.record(tx, batch, clock.millis());
      return null;
    }).onComplete(ar -> {
      flushing = false;
      if (ar.failed()) {
        log.error("saving {} send outcomes failed; will retry", batch.size(), ar.cause());
        pending.addAll(batch);
      } else {
        held -= batch.size();
        flushSoon();
        pump(); // room under outbox.maxUnconfirmed again
      }
      maybeDrained();
    });
  }

  private void releaseBuffered() {
    List<Claimed> back = queue.drain();
    held -= back.size();
    if (!back.isEmpty()) {
      store.write(tx -> {
        OutboxRows.release(tx, back, clock.millis());
        return null;
      }).onFailure(e -> log.error("giving back {} messages failed: they are recovered at next start", back.size(), e));
    }
  }

  private void wakeIn(long ms) {
    if (wakeTimer == -1) {
      wakeTimer = vertx.setTimer(Math.max(1, ms), id -> {
        wakeTimer = -1;
        pump();
      });
    }
  }

  private void maybeDrained() {
    if (!stopping || inFlight > 0 || claiming || drained.future().isComplete()) {
      return;
    }
    releaseBuffered();
    if (!pending.isEmpty() && !flushing) {
      flush();
    }
    if (pending.isEmpty() && !flushing) {
      store.write(tx -> null).onComplete(ar -> drained.tryComplete());
    }
  }
}
