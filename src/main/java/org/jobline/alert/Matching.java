package org.jobline.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jobline.store.Repository;
import org.jobline.store.Tx;
import org.jobline.vacancy.Vacancy;

/**
 * Who a vacancy is for: active subscribers in its region (or in all regions) with its trade among
 * theirs, not yet alerted for it (abroad: only those who opted in); read through the (trade, subscriber_id) index, never a scan.
 */
@Repository({"subscriber_trades", "subscribers", "alerts", "abroad_optins"})
final class Matching {
  private Matching() {}

  static List<Candidate> batch(Tx tx, Vacancy v, long afterId, int limit, Pacing pacing) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AlertSql.MATCH_BATCH)) {
      p.setLong(1, pacing.dayStart(0));
      p.setLong(2, pacing.dayStart(1));
      p.setString(3, v.trade());
      p.setLong(4, afterId);
      p.setString(5, v.region());
      p.setLong(6, v.id());
      p.setString(7, v.country());
      p.setInt(8, limit);
      List<Candidate> out = new ArrayList<>(Math.min(limit, 10_000));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        }
      }
      return out;
    }
  }
}
