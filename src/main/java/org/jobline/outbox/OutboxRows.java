package org.jobline.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jobline.aggregator.SendOutcome;
import org.jobline.outbox.routing.ClaimFilter;
import org.jobline.store.Repository;
import org.jobline.store.Tx;
import org.jobline.subscriber.Subscribers;

/** The dispatcher's state changes on outbox rows, each run inside a store transaction. */
@Repository({"outbox", "delivery_events"})
final class OutboxRows {
  /** One claimed row, what the route said about it, and when its request left ({@code attemptAt}). */
  record Result(Claimed row, SendOutcome outcome, long attemptAt) {}

  private final int maxAttempts;
  private final Backoff backoff;

  OutboxRows(int maxAttempts, Backoff backoff) {
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
  }

  /** Rows left in 'sending' by a crash become 'unconfirmed' from their claim's time; returns how many. */
  static int recover(Tx tx, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement events = c.prepareStatement(OutboxSql.RECOVER_EVENTS);
         PreparedStatement p = c.prepareStatement(OutboxSql.RECOVER)) {
      events.setLong(1, now);
      events.executeUpdate();
      p.setLong(1, now);
      return p.executeUpdate();
    }
  }

  /** Unconfirmed rows of {@code route}. */
  static int unconfirmed(Tx tx, String route) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.UNCONFIRMED_COUNT)) {
      p.setString(1, route);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /**
   * Takes up to {@code limit} due rows (marking them 'sending'), fewer when the route's unconfirmed
   * rows plus {@code held} (claimed, not yet saved) would pass {@code cap}; rows past their expiry
   * become 'expired'.
   */
  static Claim claim(Tx tx, long now, int limit, int held, int cap, boolean quiet, String route)
      throws SQLException {
    return claim(tx, now, limit, held, cap, quiet, route, ClaimFilter.everything(), null);
  }

  /** The same, only rows {@code filter} lets this route take, writing its cost on each (routing). */
  static Claim claim(Tx tx, long now, int limit, int held, int cap, boolean quiet, String route,
                     ClaimFilter filter, Double costPerSegment) throws SQLException {
    int unconfirmed = unconfirmed(tx, route);
    int room = Math.min(limit, cap - held - unconfirmed);
    if (room <= 0) {
      return new Claim(List.of(), unconfirmed, 0);
    }
    return new Claim(claim(tx, now, room, quiet, route, filter, costPerSegment), unconfirmed, room);
  }

  /** A claim's rows, the route's unconfirmed count it saw, and how many it asked for. */
  record Claim(List<Claimed> rows, int unconfirmed, int asked) {}

  /** Takes up to {@code limit} due rows (marking them 'sending'); rows past their expiry become 'expired'. */
  static List<Claimed> claim(Tx tx, long now, int limit, boolean quiet, String route) throws SQLException {
    return claim(tx, now, limit, quiet, route, ClaimFilter.everything(), null);
  }

  /** The same, only rows {@code filter} lets this route take, writing its cost on each (routing). */
  static List<Claimed> claim(Tx tx, long now, int limit, boolean quiet, String route, ClaimFilter filter,
                             Double costPerSegment) throws SQLException {
    Connection c = tx.jdbc();
    List<Claimed> due = new ArrayList<>();
    List<Long> expired = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.routed(quiet ? OutboxSql.CLAIM_NO_ALERTS : OutboxSql.CLAIM,
        filter.sql(), costPerSegment))) {
      p.setString(1, route);
      p.setLong(2, now);
      p.setLong(3, now);
      p.setInt(4, limit);
      StringBuilder rows = new StringBuilder(limit * 128).append('[');
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.append(rows.length() > 1 ? "," : "").append(rs.getString(1));
        }
      }
      for (ClaimedRow row : ClaimedRow.parseAll(rows.append(']').toString())) {
        if (row.expiresAt() != null && row.expiresAt() <= now) {
          expired.add(row.claimed().id());
        } else {
          due.add(row.claimed());
        }
      }
    }
    try (Events events = new Events(tx, now); PreparedStatement uncount = c.prepareStatement(OutboxSql.UNCOUNT_ATTEMPT)) {
      for (long id : expired) {
        events.markFinal(id, "expired", "expired before it could be sent");
        uncount.setLong(1, id);
        uncount.addBatch();
      }
      uncount.executeBatch();
    }
    due.sort(BY_PRIORITY_THEN_AGE);
    return due;
  }

  private static final java.util.Comparator<Claimed> BY_PRIORITY_THEN_AGE =
      java.util.Comparator.comparingInt(Claimed::priority).reversed().thenComparingLong(Claimed::id);

  /** Records each outcome: sent, queued again with backoff, or failed (an opt-out stops the subscriber). */
  void record(Tx tx, List<Result> results, long now) throws SQLException {
    Connection c = tx.jdbc();
    AcceptedRows accepted = new AcceptedRows();
    try (Events events = new Events(tx, now);
         PreparedStatement retry = c.prepareStatement(OutboxSql.MARK_RETRY);
         PreparedStatement unconfirmed = c.prepareStatement(OutboxSql.MARK_UNCONFIRMED)) {
      for (Result r : results) {
        long id = r.row().id();
        SendOutcome outcome = r.outcome();
        if (outcome instanceof SendOutcome.Accepted a) {
          accepted.add(id, a.providerId(), a.providerStatus(), r.row().alert());
        } else if (outcome instanceof SendOutcome.Unknown u) {
          unconfirmed.setLong(1, r.attemptAt());
          unconfirmed.setString(2, u.reason());
          unconfirmed.setLong(3, now);
          unconfirmed.setLong(4, id);
          unconfirmed.addBatch();
          events.add(id, "unconfirmed", null, "no answer, may have been sent: " + u.reason() + "; waiting for a delivery report");
        } else if (outcome instanceof SendOutcome.Transient t && r.row().attempts() < maxAttempts) {
          retry.setLong(1, now + backoff.delayMs(r.row().attempts()));
          retry.setString(2, t.reason());
          retry.setLong(3, now);
          retry.setLong(4, id);
          retry.addBatch();
          events.add(id, "queued", null, "retry: " + t.reason());
        } else if (outcome instanceof SendOutcome.Transient t) {
          events.markFinal(id, "failed", "gave up after " + r.row().attempts() + " attempts: " + t.reason());
        } else if (outcome instanceof SendOutcome.Permanent p) {
          events.markFinal(id, "failed", p.reason());
          if (p.optOut()) {
            Subscribers.stopByPhone(tx, r.row().recipient());
          }
        }
      }
      retry.executeBatch();
      unconfirmed.executeBatch();
      accepted.save(tx, now);
    }
  }

  /** Gives back claimed rows that were never sent. */
  static void release(Tx tx, List<Claimed> rows, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.RELEASE)) {
      for (Claimed row : rows) {
        p.setLong(1, now);
        p.setLong(2, row.id());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Messages waiting or in flight (/ready's queue depth), counted over the two partial indexes. */
  static long depth(Tx tx) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.DEPTH); ResultSet rs = p.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }
}
