package org.jobline.admin.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/** Staff user data access, inside a store read or transaction. */
@Repository({"staff_users", "partners"})
public final class StaffUsers {
  private StaffUsers() {}

  public static Optional<Staff> byName(Tx tx, String username) throws SQLException {
    return one(tx, AuthSql.USER_BY_NAME, username);
  }

  public static Optional<Staff> byId(Tx tx, long id) throws SQLException {
    return one(tx, AuthSql.USER_BY_ID, id);
  }

  /** Creates a user with an already hashed password; returns its id. */
  public static long create(Tx tx, String username, String passwordHash, String role, Long partnerId)
      throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AuthSql.INSERT_USER, Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, username);
      p.setString(2, passwordHash);
      p.setString(3, role);
      p.setObject(4, partnerId);
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  public static Optional<Long> partnerId(Tx tx, String partnerName) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AuthSql.PARTNER_ID_BY_NAME)) {
      p.setString(1, partnerName);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** True when {@code s} is a partner user whose partner the agency suspended (issue 21). */
  static boolean partnerSuspended(Tx tx, Staff s) throws SQLException {
    if (!s.partner() || s.partnerId() == null) {
      return false;
    }
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AuthSql.PARTNER_SUSPENDED)) {
      p.setLong(1, s.partnerId());
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }

  /** Sets the count of wrong passwords in a row and the lock end (null: not locked). */
  static void setFailures(Tx tx, long id, int count, Long lockedUntil) throws SQLException {
    update(tx, AuthSql.SET_FAILURES, count, lockedUntil, id);
  }

  static void loginSucceeded(Tx tx, long id) throws SQLException {
    update(tx, AuthSql.LOGIN_OK, id);
  }

  /**
   * Admin unlock: forgets the account's wrong passwords, so its next attempt is not delayed. Call it
   * inside a store write (and audit it). Delays counted per client address are not touched.
   */
  public static void unlock(Tx tx, long id) throws SQLException {
    update(tx, AuthSql.UNLOCK, id);
  }

  static void setHash(Tx tx, long id, String hash) throws SQLException {
    update(tx, AuthSql.SET_HASH, hash, id);
  }

  public static void setLanguage(Tx tx, long id, String language) throws SQLException {
    update(tx, AuthSql.SET_LANGUAGE, language, id);
  }

  private static void update(Tx tx, String sql, Object... args) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      p.executeUpdate();
    }
  }

  private static Optional<Staff> one(Tx tx, String sql, Object key) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setObject(1, key);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  static Staff map(ResultSet rs) throws SQLException {
    long partner = rs.getLong("partner_id");
    Long partnerId = rs.wasNull() ? null : partner;
    long locked = rs.getLong("locked_until");
    Long lockedUntil = rs.wasNull() ? null : locked;
    return new Staff(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
        rs.getString("role"), partnerId, rs.getString("language"), rs.getInt("failed_logins"), lockedUntil);
  }
}
