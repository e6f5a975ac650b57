package org.jobline.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.store.Repository;
import org.jobline.store.Tx;
import org.jobline.subscriber.Subscribers;

/** Applies an aggregator's delivery report to the outbox row it names (inside a store transaction). */
@Repository({"outbox", "delivery_events", "alerts"})
public final class DeliveryReports {
  private DeliveryReports() {}

  /**
   * Records the report as a delivery event (an identical repeat is skipped) and moves the row and
   * its alert forwards; a final status is never changed; {@code stopsSubscriber} (an opt-out
   * reason) stops the message's recipient. False when no row has this provider id.
   */
  public static boolean apply(Tx tx, String providerId, DeliveryStatus status, String providerStatus,
                                        String reason, boolean stopsSubscriber, long now) throws SQLException {
    Connection c = tx.jdbc();
    long id;
    String recipient;
    try (PreparedStatement p = c.prepareStatement(OutboxSql.BY_PROVIDER_ID)) {
      p.setString(1, providerId);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        id = rs.getLong("id");
        recipient = rs.getString("recipient");
      }
    }
    applyTo(tx, id, recipient, status, providerStatus, reason, stopsSubscriber, now);
    return true;
  }

  /**
   * Applies a report to the message whose outbox id it names (routes that carry our id back). An
   * unconfirmed message is confirmed first. False when no such message, or while it is still being
   * sent (its outcome is not saved yet: the report is kept until it is).
   */
  static boolean applyToMessage(Tx tx, long outboxId, String providerId, DeliveryStatus status,
                                String providerStatus, String reason, boolean stopsSubscriber, long now)
      throws SQLException {
    Connection c = tx.jdbc();
    String recipient;
    String rowStatus;
    try (PreparedStatement p = c.prepareStatement(OutboxSql.BY_ID)) {
      p.setLong(1, outboxId);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        rowStatus = rs.getString("status");
        recipient = rs.getString("recipient");
      }
    }
    if ("sending".equals(rowStatus)) {
      return false;
    }
    if ("unconfirmed".equals(rowStatus)) {
      Unconfirmed.confirm(tx, outboxId, providerId, providerStatus, "confirmed by a delivery report naming the message", now);
    }
    applyTo(tx, outboxId, recipient, status, providerStatus, reason, stopsSubscriber, now);
    return true;
  }

  private static void applyTo(Tx tx, long id, String recipient, DeliveryStatus status, String providerStatus,
                              String reason, boolean stopsSubscriber, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement e = c.prepareStatement(OutboxSql.REPORT_EVENT)) {
      e.setLong(1, id);
      e.setString(2, status.dbName());
      e.setString(3, providerStatus);
      e.setString(4, reason);
      e.setLong(5, now);
      e.setLong(6, id);
      e.setString(7, status.dbName());
      e.setString(8, providerStatus);
      e.setString(9, reason);
      e.executeUpdate();
    }
    boolean changed = false;
    if (status.isFinal()) {
      try (PreparedStatement u = c.prepareStatement(OutboxSql.REPORT)) {
        u.setString(1, status.dbName());
        u.setString(2, reason);
        u.setLong(3, now);
        u.setLong(4, id);
        changed = u.executeUpdate() == 1;
      }
      if (changed) {
        try (PreparedStatement a = c.prepareStatement(OutboxSql.ALERT_STATUS)) {
          a.setString(1, status.dbName());
          a.setLong(2, id);
          a.executeUpdate();
        }
      }
    }
    if (stopsSubscriber) {
      Subscribers.stopByPhone(tx, recipient);
    }
  }
}
