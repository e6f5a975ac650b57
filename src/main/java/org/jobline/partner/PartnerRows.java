package org.jobline.partner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** Partners, their API keys (by SHA-256) and the audit rows of their changes. */
@Repository({"partners", "partner_api_keys", "audit_log"})
final class PartnerRows {
  private PartnerRows() {}

  static void insert(Tx tx, String name) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.INSERT)) {
      p.setString(1, name);
      p.executeUpdate();
    }
  }

  static Optional<Partner> byName(Tx tx, String name) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.BY_NAME)) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(new Partner(rs.getLong(1), rs.getString(2))) : Optional.empty();
      }
    }
  }

  /** The partner owning the key with this hash, unless the key is revoked (suspended partners too: issue 21). */
  static Optional<Partner> byKeyHash(Tx tx, String hash) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.BY_KEY_HASH)) {
      p.setString(1, hash);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long id = rs.getLong(1);
        String name = rs.getString(2);
        rs.getLong(3);
        return Optional.of(new Partner(id, name, !rs.wasNull()));
      }
    }
  }

  static List<Partner> all(Tx tx) throws SQLException {
    Connection c = tx.jdbc();
    List<Partner> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.ALL); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(new Partner(rs.getLong(1), rs.getString(2)));
      }
    }
    return out;
  }

  static void insertKey(Tx tx, long partnerId, String prefix, String hash) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.INSERT_KEY)) {
      p.setLong(1, partnerId);
      p.setString(2, prefix);
      p.setString(3, hash);
      p.executeUpdate();
    }
  }

  /** Revokes the partner's key with this prefix; true when one was revoked. */
  static boolean revoke(Tx tx, long partnerId, String prefix, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(PartnerSql.REVOKE)) {
      p.setLong(1, now);
      p.setLong(2, partnerId);
      p.setString(3, prefix);
      return p.executeUpdate() > 0;
    }
  }

  static void audit(Tx tx, String actor, String action, Partner partner, String detail) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement s = c.prepareStatement(PartnerSql.AUDIT)) {
      s.setString(1, actor);
      s.setString(2, action);
      s.setString(3, String.valueOf(partner.id()));
      s.setString(4, detail);
      s.executeUpdate();
    }
  }
}
