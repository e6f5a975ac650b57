package org.jobline.aggregator.smpp;

import java.util.concurrent.ThreadLocalRandom;

/** Reconnect delays: doubling from a minimum to a maximum, each drawn between half and all of it (jitter). */
final class Backoff {
  private final long minMs;
  private final long maxMs;
  private long currentMs;

  Backoff(long minMs, long maxMs) {
    this.minMs = minMs;
    this.maxMs = maxMs;
    this.currentMs = minMs;
  }

  synchronized long nextMs() {
    long d = currentMs;
    currentMs = Math.min(maxMs, currentMs * 2);
    return d / 2 + ThreadLocalRandom.current().nextLong(d / 2 + 1);
  }

  synchronized void reset() {
    currentMs = minMs;
  }
}
