package org.jobline.aggregator.smpp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;

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

  /** The first part's id when {@code id} is a later part's, else null. */
  String firstOf(String id) {
    return firstOf.getIfPresent(id);
  }
}
