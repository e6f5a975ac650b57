package org.jobline.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** Per-route figures for /ready: sent today, cost today, rows in flight (and the whole queue's depth). */
@Repository({"outbox"})
record RouteCounts(Map<String, Long> sentToday, Map<String, Double> costToday, Map<String, Long> inHand, long depth) {
  private static final long DAY_MS = 86_400_000L;

  static RouteCounts read(Tx tx, long now, ZoneId zone) throws SQLException {
    Connection c = tx.jdbc();
    long dayStart = Instant.ofEpochMilli(now).atZone(zone).toLocalDate().atStartOfDay(zone).toInstant().toEpochMilli();
    Map<String, Long> sent = new HashMap<>();
    Map<String, Double> cost = new HashMap<>();
    Map<String, Long> inHand = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(OutboxSql.ROUTE_TODAY)) {
      p.setLong(1, dayStart);
      p.setLong(2, dayStart - 2 * DAY_MS);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          sent.put(String.valueOf(rs.getString(1)), rs.getLong(2));
          cost.put(String.valueOf(rs.getString(1)), rs.getDouble(3));
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement(OutboxSql.ROUTE_IN_HAND); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        inHand.put(String.valueOf(rs.getString(1)), rs.getLong(2));
      }
    }
    return new RouteCounts(sent, cost, inHand, OutboxRows.depth(tx));
  }
}
