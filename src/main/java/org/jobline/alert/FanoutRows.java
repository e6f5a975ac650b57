package org.jobline.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** The fan-out state kept on each vacancy (state and cursor), and the expiry of a closed vacancy's unsent alerts. */
@Repository({"vacancies", "alerts", "outbox"})
final class FanoutRows {
  private FanoutRows() {}

  /** A vacancy's fan-out: its state (idle, pending, done) and the last subscriber id handled. */
  record Progress(String state, long cursor) {}

  /** Vacancies with a fan-out to do, newest first. */
  static List<Long> pending(Tx tx) throws SQLException {
    Connection c = tx.jdbc();
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(AlertSql.PENDING); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  static Optional<Progress> progress(Tx tx, long vacancyId) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AlertSql.FANOUT_STATE)) {
      p.setLong(1, vacancyId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(new Progress(rs.getString(1), rs.getLong(2))) : Optional.empty();
      }
    }
  }

  static void setProgress(Tx tx, long vacancyId, String state, long cursor) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AlertSql.SET_PROGRESS)) {
      p.setString(1, state);
      p.setLong(2, cursor);
      p.setLong(3, vacancyId);
      p.executeUpdate();
    }
  }

  /** Expires the vacancy's alerts whose SMS has not left, then those queued SMS. */
  static void expireUnsent(Tx tx, long vacancyId, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AlertSql.EXPIRE_ALERTS)) {
      p.setLong(1, vacancyId);
      p.setLong(2, vacancyId);
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(AlertSql.EXPIRE_OUTBOX)) {
      p.setLong(1, now);
      p.setLong(2, vacancyId);
      p.executeUpdate();
    }
  }
}
