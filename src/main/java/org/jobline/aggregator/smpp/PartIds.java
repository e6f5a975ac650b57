package org.jobline.aggregator.smpp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The message ids of a long message's later parts, each pointing at its first part's id (the
 * provider id the outbox keeps): a later part's failure receipt then fails the message, its
 * success is dropped. Kept in memory for three days (receipts rarely come later).
 */
final class PartIds {
  private final Cache<String, String> firstOf = Caffeine.newBuilder().executor(Runnable::run)
      .expireAfterWrite(Duration.ofDays(3)).maximumSize(1_000_000).build();

  /** Called after each accepted part with the ids so far: the newest, when not the first, points at the first. */
  void remember(List<String> ids) {
    for (int i = Math.max(1, ids.size() - 1); i < ids.size(); i++) {
      firstOf.put(ids.get(i), ids.get(0));
    }
  }

  /** Later parts submitted whose ids are not remembered yet. */
  private final AtomicInteger laterInFlight = new AtomicInteger();
  /** Receipts that came while a later part's id was unknown: run again once it is known. */
  private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

  /** A later part is about to be submitted: its receipt may come before {@link #remember} runs. */
  void expectLater() {
    laterInFlight.incrementAndGet();
  }

  /** That part's submit ended (its id remembered, or it failed): receipts that waited for it go on. */
  void laterDone() {
    if (laterInFlight.decrementAndGet() == 0) {
      drain();
    }
  }

  /**
   * Runs {@code handling} of a receipt for {@code id} now, or, while a later part's id is still unknown
   * (an SMSC may send the receipt before the bind hands us the submit_sm_resp's id), once it is known:
   * a later part's failure must fail its message, not be kept as a report for an unknown id.
   */
  void whenKnown(String id, Runnable handling) {
    if (laterInFlight.get() == 0 || firstOf(id) != null) {
      handling.run();
      return;
    }
    waiting.add(handling);
    if (laterInFlight.get() == 0) {
      drain(); // the part became known between the check and the add
    }
  }

  private void drain() {
    for (Runnable r = waiting.poll(); r != null; r = waiting.poll()) {
      r.run();
    }
  }

  /** The first part's id when {@code id} is a later part's, else null. */
  String firstOf(String id) {
    return firstOf.getIfPresent(id);
  }
}
