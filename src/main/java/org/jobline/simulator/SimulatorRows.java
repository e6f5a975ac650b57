package org.jobline.simulator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** The simulator's writes to the gateway's store: a partner and an API key for its scenarios. */
@Repository({"partners", "partner_api_keys", "staff_users", "admin_sessions"})
final class SimulatorRows {
  private SimulatorRows() {}

  /** The partner with this name (made if missing) gets a key with this prefix and SHA-256 (hex). */
  static void addPartnerKey(Tx tx, String partnerName, String prefix, String hash) throws SQLException {
    Connection c = tx.jdbc();
    long partnerId;
    try (PreparedStatement p = c.prepareStatement(SimulatorSql.INSERT_PARTNER)) {
      p.setString(1, partnerName);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        partnerId = rs.getLong(1);
      }
    }
    try (PreparedStatement p = c.prepareStatement(SimulatorSql.INSERT_KEY)) {
      p.setLong(1, partnerId);
      p.setString(2, prefix);
      p.setString(3, hash);
      p.executeUpdate();
    }
  }

  /** Makes the user if needed (of the partner {@code partnerName}, or none) and opens a session; its cookie value. */
  static String sessionFor(Tx tx, String username, String role, String partnerName, long until) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(SimulatorSql.INSERT_USER)) {
      p.setString(1, username);
      p.setString(2, role);
      p.setString(3, partnerName);
      p.executeUpdate();
    }
    long id;
    try (PreparedStatement p = c.prepareStatement(SimulatorSql.USER_ID)) {
      p.setString(1, username);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
    }
    return org.jobline.admin.auth.Sessions.open(tx, id, until);
  }
}
