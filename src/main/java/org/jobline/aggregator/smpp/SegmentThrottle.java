package org.jobline.aggregator.smpp;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Paces submit_sm in segments per second (0: no pacing of our own) and slows the route down when
 * the SMSC says ESME_RTHROTTLED or ESME_RMSGQFUL: every sender pauses (100 ms, doubling up to 5 s
 * while the SMSC keeps refusing) and a configured rate drops by a fifth, then climbs back by 1% of
 * it per accepted segment. Called from the route's sender threads, which it blocks.
 */
final class SegmentThrottle {
  private static final long MIN_PAUSE_NS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final long MAX_PAUSE_NS = TimeUnit.SECONDS.toNanos(5);

  private final double configured;
  private volatile double rate;
  private long nextFreeNs = System.nanoTime();
  private volatile long pausedUntilNs = System.nanoTime();
  private volatile long pauseNs;
  private volatile long slowDowns;

  SegmentThrottle(int segmentsPerSecond) {
    this.configured = segmentsPerSecond;
    this.rate = segmentsPerSecond;
  }

  /** Waits until {@code segments} may go. */
  void acquire(int segments) throws InterruptedException {
    long now = System.nanoTime();
    if (configured <= 0 && now - pausedUntilNs >= 0) {
      return;
    }
    long wait = reserve(segments, now);
    while (wait > 0) {
      LockSupport.parkNanos(wait);
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      wait = reserve(0, System.nanoTime());
    }
  }

  /** Takes {@code segments} slots; answers how long to wait before the first of them. */
  private synchronized long reserve(int segments, long now) {
    long start = Math.max(now, pausedUntilNs);
    if (rate > 0) {
      start = Math.max(start, nextFreeNs);
      nextFreeNs = start + Math.round(segments * 1e9 / rate);
    }
    return segments == 0 ? Math.max(0, pausedUntilNs - now) : start - now;
  }

  /** The SMSC asked us to slow down. */
  synchronized void slowDown() {
    slowDowns++;
    pauseNs = Math.min(MAX_PAUSE_NS, Math.max(MIN_PAUSE_NS, pauseNs * 2));
    pausedUntilNs = System.nanoTime() + pauseNs;
    if (configured > 0) {
      rate = Math.max(1, rate * 0.8);
    }
  }

  /** A segment was accepted: the pause resets, a lowered rate climbs back. */
  void accepted() {
    if (pauseNs == 0 && rate >= configured) {
      return;
    }
    synchronized (this) {
      pauseNs = 0;
      rate = Math.min(configured, rate + configured / 100);
    }
  }

  synchronized double rate() {
    return rate;
  }

  boolean paused() {
    return System.nanoTime() - pausedUntilNs < 0;
  }

  long slowDowns() {
    return slowDowns;
  }
}
