package org.jobline.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jobline.aggregator.DeliveryStatus;

/**
 * Delivery reports for a message id no outbox row carries yet (a report can overtake its send's
 * group commit), kept in the database until a sent message carries the id, for at most
 * {@link #KEEP_MS}. Each method runs inside a store transaction.
 */
public final class LateReports {
  /** How long a report for an unknown id is kept before it is dropped with a log line. */
  public static final long KEEP_MS = 24 * 60 * 60 * 1000L;

  /** What a sweep did. */
  public record Sweep(int applied, int dropped) {}

  private record Kept(long id, String providerId, DeliveryStatus status, String providerStatus, String reason,
                      boolean stopsSubscriber, long receivedAt) {}

  /** The kept reports a message now carries the id of; one look-up in outbox_by_provider_id each. */
  static final String DUE = """
      SELECT id, provider_id, status, provider_status, reason, stops_subscriber, received_at FROM late_reports l
      WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.provider_id = l.provider_id) ORDER BY id""";

  private LateReports() {}

  /** Keeps a report (an identical repeat is kept once); {@code stopsSubscriber} for an opt-out reason. */
  public static void keep(Connection c, String providerId, DeliveryStatus status, String providerStatus, String reason,
                          boolean stopsSubscriber, long now) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("""
        INSERT INTO late_reports (provider_id, status, provider_status, reason, stops_subscriber, received_at)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS (SELECT 1 FROM late_reports WHERE provider_id = ?1
          AND status = ?2 AND provider_status IS ?3 AND reason IS ?4)""")) {
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
  public static Sweep sweep(Connection c, long now) throws SQLException {
    List<Kept> due = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(DUE);
         ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        due.add(new Kept(rs.getLong(1), rs.getString(2), DeliveryStatus.fromDbName(rs.getString(3)),
            rs.getString(4), rs.getString(5), rs.getInt(6) == 1, rs.getLong(7)));
      }
    }
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM late_reports WHERE id = ?")) {
      for (Kept k : due) {
        DeliveryReports.apply(c, k.providerId(), k.status(), k.providerStatus(), k.reason(), k.stopsSubscriber(), k.receivedAt());
        delete.setLong(1, k.id());
        delete.addBatch();
      }
      delete.executeBatch();
    }
    int dropped;
    try (PreparedStatement p = c.prepareStatement("DELETE FROM late_reports WHERE received_at < ?")) {
      p.setLong(1, now - KEEP_MS);
      dropped = p.executeUpdate();
    }
    return new Sweep(due.size(), dropped);
  }
}
