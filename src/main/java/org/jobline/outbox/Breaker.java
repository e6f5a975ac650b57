package org.jobline.outbox;

/**
 * Circuit breaker for one route. Closed: traffic flows. After {@code threshold} consecutive
 * connection failures it opens: nothing is sent except one probe per {@code probeMs}; any answer
 * from the aggregator closes it. Changed on the dispatcher's context only; read from anywhere.
 */
final class Breaker {
  enum State { CLOSED, OPEN, PROBING }

  private final int threshold;
  private final long probeMs;
  private volatile State state = State.CLOSED;
  private volatile int failures;
  private volatile long nextProbeAt;

  Breaker(int threshold, long probeMs) {
    this.threshold = threshold;
    this.probeMs = probeMs;
  }

  State state() {
    return state;
  }

  int consecutiveFailures() {
    return failures;
  }

  boolean closed() {
    return state == State.CLOSED;
  }

  /** True (and now probing) when the breaker is open and its probe interval has passed. */
  boolean startProbe(long now) {
    if (state == State.OPEN && now >= nextProbeAt) {
      state = State.PROBING;
      return true;
    }
    return false;
  }

  /** No row to probe with: stay open and try again after the interval. */
  void probeSkipped(long now) {
    if (state == State.PROBING) {
      state = State.OPEN;
      nextProbeAt = now + probeMs;
    }
  }

  /** The aggregator answered (whatever it said): the link works. */
  void onAnswer() {
    failures = 0;
    state = State.CLOSED;
  }

  /** The aggregator could not be reached; true when this opened the breaker. */
  boolean onConnectionFailure(long now) {
    failures++;
    if (state == State.PROBING || (state == State.CLOSED && failures >= threshold)) {
      boolean opened = state == State.CLOSED;
      state = State.OPEN;
      nextProbeAt = now + probeMs;
      return opened;
    }
    return false;
  }
}
