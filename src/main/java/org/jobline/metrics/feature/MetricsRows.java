package org.jobline.metrics.feature;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** The figures the metrics read from the store. */
@Repository({"outbox"})
final class MetricsRows {
  private MetricsRows() {}

  /** Outbox rows per status and kind: {@code counts[s][k]} for statuses.get(s), kinds.get(k) (other kinds ignored). */
  static long[][] outboxDepth(Tx tx, List<String> statuses, List<String> kinds) throws SQLException {
    Connection c = tx.jdbc();
    long[][] counts = new long[statuses.size()][kinds.size()];
    try (PreparedStatement p = c.prepareStatement(MetricsSql.OUTBOX_DEPTH)) {
      for (int s = 0; s < statuses.size(); s++) {
        p.setString(1, statuses.get(s));
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            int k = kinds.indexOf(rs.getString(1));
            if (k >= 0) {
              counts[s][k] = rs.getLong(2);
            }
          }
        }
      }
    }
    return counts;
  }
}
