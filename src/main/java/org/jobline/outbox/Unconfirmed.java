package org.jobline.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/**
 * Messages whose send may have reached the route but was never answered (issue 25): confirmed by
 * a delivery report, or, after the confirm wait, sent again (replies, confirmations, and alerts
 * when {@code outbox.unconfirmedAlerts} is resend) or ended 'unknown' (alerts on drop); and sent
 * messages whose final report never came, ended 'unknown'. Each step is a delivery event. Each
 * method runs inside a store transaction.
 */
@Repository({"outbox"})
final class Unconfirmed {
  /** Rows decided per transaction: keeps the writer's transactions short. */
  static final int BATCH = 2_000;
  /** A report may carry a time a little before the attempt's (clocks, the moment the attempt time was taken). */
  static final long CLOCK_SLACK_MS = 5_000;

  /** What one pass decided. */
  record Decided(int resent, int dropped, int unknown) {}

  private Unconfirmed() {}

  /** Marks an unconfirmed row sent (with the report's provider id and status) and says why, as an event. */
  static boolean confirm(Tx tx, long id, String providerId, String providerStatus, String why, long now)
      throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.CONFIRM)) {
      p.setString(1, providerId);
      p.setString(2, providerStatus);
      p.setLong(3, now);
      p.setLong(4, id);
      if (p.executeUpdate() == 0) {
        return false;
      }
    }
    try (Events events = new Events(tx, now)) {
      events.add(id, "sent", providerStatus, why);
      events.alert(id, "sent");
    }
    return true;
  }

  /**
   * The unconfirmed message of {@code route} to {@code phone} that a report received at {@code at}
   * confirms: the oldest attempt not after the report (the documented rule for two unconfirmed
   * messages to one phone: reports confirm them oldest first). Null when none.
   */
  static Long matchByPhone(Tx tx, String route, String phone, long at) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.UNCONFIRMED_FOR_PHONE)) {
      p.setString(1, route);
      p.setString(2, phone);
      p.setLong(3, at + CLOCK_SLACK_MS);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  /** Decides the unconfirmed messages whose wait is over, and ends 'unknown' the sent ones past the report wait. */
  static Decided decide(Tx tx, long now, long confirmWaitMs, boolean resendAlerts, long reportWaitMs)
      throws SQLException {
    Connection c = tx.jdbc();
    int resent = 0;
    int dropped = 0;
    List<long[]> over = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.CONFIRM_WAIT_OVER)) {
      p.setLong(1, now - confirmWaitMs);
      p.setInt(2, BATCH);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          over.add(new long[] {rs.getLong(1), "alert".equals(rs.getString(2)) ? 1 : 0});
        }
      }
    }
    long minutes = confirmWaitMs / 60_000;
    try (Events events = new Events(tx, now); PreparedStatement resend = c.prepareStatement(OutboxSql.RESEND)) {
      for (long[] row : over) {
        if (row[1] == 1 && !resendAlerts) {
          events.markFinal(row[0], "unknown", "no delivery report within " + minutes
              + " min: not sent again (outbox.unconfirmedAlerts: drop)");
          dropped++;
        } else {
          String why = "no delivery report within " + minutes + " min: sent again";
          resend.setString(1, why);
          resend.setLong(2, now);
          resend.setLong(3, row[0]);
          resend.addBatch();
          events.add(row[0], "queued", null, why);
          resent++;
        }
      }
      resend.executeBatch();
    }
    return new Decided(resent, dropped, endUnknown(tx, now, reportWaitMs));
  }

  private static int endUnknown(Tx tx, long now, long reportWaitMs) throws SQLException {
    Connection c = tx.jdbc();
    List<Long> late = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.REPORT_WAIT_OVER)) {
      p.setLong(1, now - reportWaitMs);
      p.setInt(2, BATCH);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          late.add(rs.getLong(1));
        }
      }
    }
    String why = "no final delivery report within " + reportWaitMs / 3_600_000 + " h";
    try (Events events = new Events(tx, now)) {
      for (long id : late) {
        events.markFinal(id, "unknown", why);
      }
    }
    return late.size();
  }
}
