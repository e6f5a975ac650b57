package org.jobline.outbox;

import java.util.ArrayDeque;

/**
 * Segments-per-second limit for one route (a leaky bucket with an exact one-second window):
 * sends are paced (a send of cost c holds the next one back by 0.9 c/rate seconds, so no bursts)
 * and never more than {@code rate} segments leave in any one-second window. A rate of 0 turns it off.
 */
final class Throttle {
  private static final long WINDOW_MS = 1000;
  /** Pacing runs slightly ahead of the rate so that the exact window, not pacing, sets the pace. */
  private static final double PACE = 0.9;

  private final int rate;
  private final ArrayDeque<long[]> window = new ArrayDeque<>();
  private long inWindow;
  private double nextAt;

  Throttle(int rate) {
    this.rate = rate;
  }

  boolean off() {
    return rate <= 0;
  }

  /** How many recipients of a {@code segments}-part text one send may carry without breaking the limit. */
  int maxRecipients(int segments, int routeMax) {
    return off() ? routeMax : Math.max(1, Math.min(routeMax, rate / Math.max(1, segments)));
  }

  /** Milliseconds to wait before a send of {@code cost} segments may go (0 = now). */
  long waitMs(int cost, long now) {
    if (off()) {
      return 0;
    }
    expire(now);
    long wait = Math.max(0, (long) Math.ceil(nextAt - now));
    long need = inWindow + Math.min(cost, rate) - rate;
    for (long[] sent : window) {
      if (need <= 0) {
        break;
      }
      need -= sent[1];
      wait = Math.max(wait, sent[0] + WINDOW_MS - now);
    }
    return wait;
  }

  /** Records a send of {@code cost} segments at {@code now} (call only when {@link #waitMs} said 0). */
  void take(int cost, long now) {
    if (off()) {
      return;
    }
    window.addLast(new long[] {now, cost});
    inWindow += cost;
    nextAt = Math.max(nextAt, now) + cost * PACE * 1000.0 / rate;
  }

  private void expire(long now) {
    while (!window.isEmpty() && window.peekFirst()[0] + WINDOW_MS <= now) {
      inWindow -= window.pollFirst()[1];
    }
  }
}
