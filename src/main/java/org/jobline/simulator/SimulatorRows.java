package org.jobline.simulator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** The simulator's writes to the gateway's store: a partner and an API key for its scenarios. */
@Repository({"partners", "partner_api_keys"})
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
}
