package org.jobline.outbox;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/**
 * The rows of one flush the aggregator accepted, saved with one statement per provider status
 * (nearly always one: AT's "Success") and one for the alerts. The rows travel as one JSON object,
 * outbox id to provider id, whose entries SQLite reads without parsing anything twice. Per-row
 * statements cost a call into the driver's native code for every value bound, which was most of
 * the writer's time per message; an array of [id, provider id, status] arrays cost SQLite a second
 * parse of each entry (7,000 instructions per row of the 21,600 the statement took; callgrind).
 */
@Repository({"outbox", "alerts"})
final class AcceptedRows {
  /** Provider status (may be null) to the JSON object of its rows. */
  private final Map<String, StringBuilder> byStatus = new HashMap<>(2);
  private final StringBuilder alerts = new StringBuilder("[");

  void add(long id, String providerId, String providerStatus, boolean alert) {
    StringBuilder rows = byStatus.computeIfAbsent(providerStatus, s -> new StringBuilder("{"));
    if (rows.length() > 1) {
      rows.append(',');
    }
    rows.append('"').append(id).append("\":");
    if (providerId == null) {
      rows.append("null");
    } else {
      rows.append('"').append(JsonStringEncoder.getInstance().quoteAsString(providerId)).append('"');
    }
    if (alert) {
      if (alerts.length() > 1) {
        alerts.append(',');
      }
      alerts.append(id);
    }
  }

  void save(Tx tx, long now) throws SQLException {
    Connection c = tx.jdbc();
    for (Map.Entry<String, StringBuilder> group : byStatus.entrySet()) {
      try (PreparedStatement p = c.prepareStatement(OutboxSql.MARK_SENT)) {
        p.setLong(1, now);
        p.setString(2, group.getValue().append('}').toString());
        p.setString(3, group.getKey());
        p.executeUpdate();
      }
    }
    if (alerts.length() > 1) {
      try (PreparedStatement p = c.prepareStatement(OutboxSql.ALERTS_SENT)) {
        p.setString(1, alerts.append(']').toString());
        p.executeUpdate();
      }
    }
  }
}
