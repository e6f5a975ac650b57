package org.jobline.outbox;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The rows of one flush the aggregator accepted, saved with one statement each for the outbox and
 * the alerts: the rows travel as one JSON array. Per-row statements cost a call into the driver's
 * native code for every value bound, which was most of the writer's time per message.
 */
final class AcceptedRows {
  private final StringBuilder rows = new StringBuilder("[");
  private final StringBuilder alerts = new StringBuilder("[");

  void add(long id, String providerId, String providerStatus, boolean alert) {
    if (rows.length() > 1) {
      rows.append(',');
    }
    rows.append('[').append(id).append(',');
    quote(rows, providerId).append(',');
    quote(rows, providerStatus).append(']');
    if (alert) {
      if (alerts.length() > 1) {
        alerts.append(',');
      }
      alerts.append(id);
    }
  }

  void save(Connection c, long now) throws SQLException {
    if (rows.length() > 1) {
      try (PreparedStatement p = c.prepareStatement(OutboxSql.MARK_SENT)) {
        p.setLong(1, now);
        p.setString(2, rows.append(']').toString());
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

  private static StringBuilder quote(StringBuilder out, String value) {
    return value == null ? out.append("null")
        : out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
  }
}
