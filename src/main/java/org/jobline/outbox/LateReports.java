package org.jobline.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jobline.aggregator.DeliveryStatus;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/**
 * Delivery reports for a message id no outbox row carries yet (a report can overtake its send's
 * group commit), kept in the database until a sent message carries the id, for at most
 * {@link #KEEP_MS}. A kept report also confirms an unconfirmed message (issue 25): the one it
 * names by our id, or, after {@link #PHONE_GRACE_MS} (long enough for a group commit to give the id
 * to an accepted message first), the one of its route and phone ({@link Unconfirmed#matchByPhone}).
 * Each method runs inside a store transaction.
 */
@Repository({"late_reports", "outbox"})
public final class LateReports {
  /** How long a report for an unknown id is kept before it is dropped with a log line. */
  public static final long KEEP_MS = 24 * 60 * 60 * 1000L;

  /** A kept report with a phone waits this long before it may confirm an unconfirmed message by phone. */
  static final long PHONE_GRACE_MS = 3_000;

  /** What a sweep did: reports applied (of which {@code confirmed} confirmed an unconfirmed message), dropped. */
  public record Sweep(int applied, int dropped, int confirmed) {
    public Sweep(int applied, int dropped) {
      this(applied, dropped, 0);
    }
  }

  private record Kept(long id, String providerId, DeliveryStatus status, String providerStatus, String reason,
                      boolean stopsSubscriber, long receivedAt, String route, String phone, Long messageId) {}

  /** Kept reports that may confirm an unconfirmed message: by our id, or by route and phone after the grace. */
  static final String CONFIRMING = """
      SELECT id, provider_id, status, provider_status, reason, stops_subscriber, received_at, route, phone, message_id
      FROM late_reports l WHERE message_id IS NOT NULL
         OR (phone IS NOT NULL AND received_at <= ? AND EXISTS (SELECT 1 FROM outbox o WHERE o.status = 'unconfirmed'
             AND o.route = l.route AND o.recipient = l.phone)) ORDER BY id""";

  /** The kept reports a message now carries the id of; one look-up in outbox_by_provider_id each. */
  static final String DUE = """
      SELECT id, provider_id, status, provider_status, reason, stops_subscriber, received_at FROM late_reports l
      WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.provider_id = l.provider_id) ORDER BY id""";

  private LateReports() {}

  /** Keeps a report (an identical repeat is kept once); {@code stopsSubscriber} for an opt-out reason. */
  public static void keep(Tx tx, String providerId, DeliveryStatus status, String providerStatus, String reason,
                          boolean stopsSubscriber, long now) throws SQLException {
    keep(tx, providerId, status, providerStatus, reason, stopsSubscriber, now, null, null, null);
  }

  /** The same with what may confirm an unconfirmed message: the route and phone, or our message id (each may be null). */
  public static void keep(Tx tx, String providerId, DeliveryStatus status, String providerStatus, String reason,
                          boolean stopsSubscriber, long now, String route, String phone, Long messageId) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement("""
        INSERT INTO late_reports (provider_id, status, provider_status, reason, stops_subscriber, received_at,
                                  route, phone, message_id)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 WHERE NOT EXISTS (SELECT 1 FROM late_reports WHERE provider_id = ?1
          AND status = ?2 AND provider_status IS ?3 AND reason IS ?4)""")) {
      p.setString(7, route);
      p.setString(8, phone);
      if (messageId == null) {
        p.setNull(9, java.sql.Types.INTEGER);
      } else {
        p.setLong(9, messageId);
      }
      p.setString(1, providerId);
      p.setString(2, status.dbName());
      p.setString(3, providerStatus);
      p.setString(4, reason);
      p.setInt(5, stopsSubscriber ? 1 : 0);
      p.setLong(6, now);
      p.executeUpdate();
    }
  }

  /**
   * Applies, in the order they came, the kept reports whose id a message now carries (at the time
   * they came), then drops those kept longer than {@link #KEEP_MS}.
   */
  public static Sweep sweep(Tx tx, long now) throws SQLException {
    Connection c = tx.jdbc();
    List<Kept> due = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(DUE);
         ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        due.add(new Kept(rs.getLong(1), rs.getString(2), DeliveryStatus.fromDbName(rs.getString(3)),
            rs.getString(4), rs.getString(5), rs.getInt(6) == 1, rs.getLong(7), null, null, null));
      }
    }
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM late_reports WHERE id = ?")) {
      for (Kept k : due) {
        DeliveryReports.apply(tx, k.providerId(), k.status(), k.providerStatus(), k.reason(), k.stopsSubscriber(), k.receivedAt());
        delete.setLong(1, k.id());
        delete.addBatch();
      }
      delete.executeBatch();
    }
    int confirmed = confirmUnconfirmed(tx, now);
    int dropped;
    try (PreparedStatement p = c.prepareStatement("DELETE FROM late_reports WHERE received_at < ?")) {
      p.setLong(1, now - KEEP_MS);
      dropped = p.executeUpdate();
    }
    return new Sweep(due.size() + confirmed, dropped, confirmed);
  }

  /** Kept reports that confirm unconfirmed messages (in the order they came); returns how many were applied. */
  private static int confirmUnconfirmed(Tx tx, long now) throws SQLException {
    Connection c = tx.jdbc();
    List<Kept> candidates = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(CONFIRMING)) {
      p.setLong(1, now - PHONE_GRACE_MS);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          long messageId = rs.getLong(10);
          Long ours = rs.wasNull() ? null : messageId;
          candidates.add(new Kept(rs.getLong(1), rs.getString(2), DeliveryStatus.fromDbName(rs.getString(3)),
              rs.getString(4), rs.getString(5), rs.getInt(6) == 1, rs.getLong(7), rs.getString(8), rs.getString(9),
              ours));
        }
      }
    }
    int applied = 0;
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM late_reports WHERE id = ?")) {
      for (Kept k : candidates) {
        if (applyOne(tx, k)) {
          applied++;
          delete.setLong(1, k.id());
          delete.addBatch();
        }
      }
      delete.executeBatch();
    }
    return applied;
  }

  private static boolean applyOne(Tx tx, Kept k) throws SQLException {
    if (k.messageId() != null) {
      return DeliveryReports.applyToMessage(tx, k.messageId(), k.providerId(), k.status(), k.providerStatus(), k.reason(),
          k.stopsSubscriber(), k.receivedAt());
    }
    if (k.providerId() != null && DeliveryReports.apply(tx, k.providerId(), k.status(), k.providerStatus(), k.reason(),
        k.stopsSubscriber(), k.receivedAt())) {
      return true; // an earlier report of this sweep confirmed the message and gave it this id
    }
    Long id = Unconfirmed.matchByPhone(tx, k.route(), k.phone(), k.receivedAt());
    if (id == null) {
      return false;
    }
    Unconfirmed.confirm(tx, id, k.providerId(), k.providerStatus(),
        "confirmed by a delivery report for the same route and phone (oldest unconfirmed attempt first)", k.receivedAt());
    return DeliveryReports.apply(tx, k.providerId(), k.status(), k.providerStatus(), k.reason(), k.stopsSubscriber(),
        k.receivedAt());
  }
}
