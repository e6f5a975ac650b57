package org.jobline.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/**
 * Several nodes on PostgreSQL: before queueing a vacancy's alerts, a writer locks the vacancy's row
 * (until its transaction ends) and drops the candidates another node alerted meanwhile. On SQLite the
 * single writer already gives both: nothing to do.
 */
@Repository({"vacancies", "alerts"})
final class AlertLocks {
  private AlertLocks() {}

  /** The candidates still without an alert for {@code vacancyId}, with the vacancy held by this transaction. */
  static List<Candidate> lockAndKeepNew(Tx tx, long vacancyId, List<Candidate> candidates) throws SQLException {
    if (!tx.postgres() || candidates.isEmpty()) {
      return candidates;
    }
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AlertSql.LOCK_VACANCY)) {
      p.setLong(1, vacancyId);
      p.executeQuery().close();
    }
    StringBuilder ids = new StringBuilder(candidates.size() * 8).append('[');
    for (Candidate s : candidates) {
      ids.append(ids.length() > 1 ? "," : "").append(s.subscriberId());
    }
    Set<Long> alerted = new HashSet<>();
    try (PreparedStatement p = c.prepareStatement(AlertSql.ALREADY_ALERTED)) {
      p.setLong(1, vacancyId);
      p.setString(2, ids.append(']').toString());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          alerted.add(rs.getLong(1));
        }
      }
    }
    return alerted.isEmpty() ? candidates : candidates.stream().filter(s -> !alerted.contains(s.subscriberId())).toList();
  }
}
