package org.jobline.admin.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jobline.store.Repository;
import org.jobline.store.Tx;

/**
 * Server-side admin sessions in {@code admin_sessions}: the cookie carries a random 32-byte id, the
 * table only its SHA-256 (a copied database does not hand out live sessions). Each session has its
 * own CSRF token. Sessions survive a restart and end at {@code admin.sessionMinutes}, or earlier
 * when unused for {@code admin.idleMinutes}: {@code expires_at} is the idle end, pushed forward as the
 * session is used (at most one write a minute per session), never past the session's full length.
 */
@Repository({"admin_sessions", "staff_users"})
public final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Sessions() {}

  /** A session as the request sees it. */
  public record Active(Staff staff, String csrf, long expiresAt, long createdAt) {
    /** The idle end this request should set, or -1 when the stored one is less than a minute behind it. */
    public long nextExpiry(long now, long idleMs, long sessionMs) {
      long next = Math.min(createdAt + sessionMs, now + idleMs);
      return next - expiresAt >= 60_000 ? next : -1;
    }
  }

  /** Opens a session; returns the raw id for the cookie. */
  public static String open(Tx tx, long userId, long expiresAt) throws SQLException {
    Connection c = tx.jdbc();
    String id = randomToken();
    try (PreparedStatement p = c.prepareStatement(AuthSql.INSERT_SESSION)) {
      p.setString(1, sha256(id));
      p.setLong(2, userId);
      p.setString(3, randomToken());
      p.setLong(4, expiresAt);
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(AuthSql.DELETE_EXPIRED)) {
      p.setLong(1, System.currentTimeMillis());
      p.executeUpdate();
    }
    return id;
  }

  public static Optional<Active> find(Tx tx, String rawId, long now) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AuthSql.SESSION)) {
      p.setString(1, sha256(rawId));
      p.setLong(2, now);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(new Active(StaffUsers.map(rs), rs.getString("csrf_token"),
            rs.getLong("expires_at"), rs.getLong("created_at"))) : Optional.empty();
      }
    }
  }

  /** Moves the session's idle end to {@code expiresAt}. */
  public static void touch(Tx tx, String rawId, long expiresAt) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AuthSql.TOUCH_SESSION)) {
      p.setLong(1, expiresAt);
      p.setString(2, sha256(rawId));
      p.executeUpdate();
    }
  }

  public static void close(Tx tx, String rawId) throws SQLException {
    Connection c = tx.jdbc();
    try (PreparedStatement p = c.prepareStatement(AuthSql.DELETE_SESSION)) {
      p.setString(1, sha256(rawId));
      p.executeUpdate();
    }
  }

  /** 32 random bytes, Base64 URL-safe. */
  public static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant-time comparison of two tokens (null never matches). */
  public static boolean same(String a, String b) {
    return a != null && b != null
        && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
