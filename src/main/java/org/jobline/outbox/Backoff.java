package org.jobline.outbox;

import java.util.function.DoubleSupplier;

/** Exponential backoff with jitter: attempt n waits between half and all of min(max, base * 2^(n-1)). */
final class Backoff {
  private final long baseMs;
  private final long maxMs;
  private final DoubleSupplier random;

  Backoff(long baseMs, long maxMs, DoubleSupplier random) {
    this.baseMs = baseMs;
    this.maxMs = maxMs;
    this.random = random;
  }

  /** The ceiling for {@code attempts} failed attempts so far (1 = first failure). */
  long ceilingMs(int attempts) {
    int shift = Math.min(Math.max(attempts - 1, 0), 40);
    double ceiling = baseMs * Math.pow(2, shift);
    return (long) Math.min(ceiling, maxMs);
  }

  long delayMs(int attempts) {
    long ceiling = ceilingMs(attempts);
    return ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2));
  }
}
