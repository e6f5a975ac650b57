package org.jobline.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** The alert rows: linking them to the outbox rows just queued, the daily counts pacing reads, and moving one a day on. */
@Repository({"alerts", "outbox", "vacancies", "profile_answers"})
final class AlertRows {
  private AlertRows() {}

  /** An alert still waiting in the outbox, with its outbox row, and whether its vacancy's tags target the person. */
  record Waiting(long alertId, long outboxId, boolean targeted) {}

  /** The highest outbox id now: the rows queued after it in this transaction are the new alerts' SMS. */
  static long maxOutboxId(Tx tx) throws SQLException {
    Connection c = tx.jdbc();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(AlertSql.MAX_OUTBOX_ID)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** One alert row per outbox row of the vacancy above {@code mark}; returns the rows inserted. */
  static int link(Tx tx, long now, long mark, long vacancyId) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AlertSql.LINK_ALERTS)) {
      p.setLong(1, now);
      p.setLong(2, now);
      p.setLong(3, mark);
      p.setLong(4, vacancyId);
      return p.executeUpdate();
    }
  }

  static boolean exists(Tx tx, long subscriberId, long vacancyId) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AlertSql.ALERT_EXISTS)) {
      p.setLong(1, subscriberId);
      p.setLong(2, vacancyId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** A subscriber's alerts due in [from, to). */
  static int countDue(Tx tx, long subscriberId, long from, long to) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AlertSql.COUNT_DUE)) {
      p.setLong(1, subscriberId);
      p.setLong(2, from);
      p.setLong(3, to);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** The subscriber's alert due in [from, to), not sent yet, that gives way first (untargeted, oldest); null when none. */
  static Waiting lowestWaiting(Tx tx, long subscriberId, long from, long to) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AlertSql.LOWEST_WAITING)) {
      p.setLong(1, subscriberId);
      p.setLong(2, from);
      p.setLong(3, to);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? new Waiting(rs.getLong(1), rs.getLong(2), rs.getInt(3) == 1) : null;
      }
    }
  }

  /** Makes an alert (and its queued SMS) due at {@code to}. */
  static void move(Tx tx, Waiting w, long to, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement a = c.prepareStatement(AlertSql.MOVE_ALERT);
         PreparedStatement o = c.prepareStatement(AlertSql.MOVE_OUTBOX)) {
      a.setLong(1, to);
      a.setLong(2, w.alertId());
      a.executeUpdate();
      o.setLong(1, to);
      o.setLong(2, to);
      o.setLong(3, now);
      o.setLong(4, w.outboxId());
      o.executeUpdate();
    }
  }
}
