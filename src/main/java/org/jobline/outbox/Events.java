package org.jobline.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/**
 * Batched writes that go with a status change: the delivery_events row, the alert that points at
 * the outbox row, and final statuses. Statements run when closed.
 */
@Repository({"delivery_events", "alerts", "outbox"})
final class Events implements AutoCloseable {
  private final long now;
  private final PreparedStatement event;
  private final PreparedStatement alert;
  private final PreparedStatement markFinal;

  Events(Tx tx, long now) throws SQLException {

    Connection c = tx.jdbc();
    this.now = now;
    this.event = c.prepareStatement(OutboxSql.EVENT);
    this.alert = c.prepareStatement(OutboxSql.ALERT_STATUS);
    this.markFinal = c.prepareStatement(OutboxSql.MARK_FINAL);
  }

  void add(long outboxId, String status, String providerStatus, String reason) throws SQLException {
    event.setLong(1, outboxId);
    event.setString(2, status);
    event.setString(3, providerStatus);
    event.setString(4, reason);
    event.setLong(5, now);
    event.addBatch();
  }

  void alert(long outboxId, String status) throws SQLException {
    alert.setString(1, status);
    alert.setLong(2, outboxId);
    alert.addBatch();
  }

  /** 'failed' or 'expired', with its event and the alert's status. */
  void markFinal(long outboxId, String status, String reason) throws SQLException {
    markFinal.setString(1, status);
    markFinal.setString(2, reason);
    markFinal.setLong(3, now);
    markFinal.setLong(4, outboxId);
    markFinal.addBatch();
    add(outboxId, status, null, reason);
    alert(outboxId, status);
  }

  @Override
  public void close() throws SQLException {
    try (event; alert; markFinal) {
      markFinal.executeBatch();
      event.executeBatch();
      alert.executeBatch();
    }
  }
}
