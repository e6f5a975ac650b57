package org.jobline.admin.auth;

/** SQL text for staff users and admin sessions. */
final class AuthSql {
  private AuthSql() {}

  static final String USER_COLUMNS =
      "id, username, password_hash, role, partner_id, language, failed_logins, locked_until";
  static final String USER_BY_NAME = "SELECT " + USER_COLUMNS + " FROM staff_users WHERE username = ?";
  static final String USER_BY_ID = "SELECT " + USER_COLUMNS + " FROM staff_users WHERE id = ?";
  static final String INSERT_USER =
      "INSERT INTO staff_users (username, password_hash, role, partner_id) VALUES (?, ?, ?, ?)";
  static final String PARTNER_ID_BY_NAME = "SELECT id FROM partners WHERE name = ?";
  static final String SET_FAILURES = "UPDATE staff_users SET failed_logins = ?, locked_until = ? WHERE id = ?";
  static final String LOGIN_OK = "UPDATE staff_users SET failed_logins = 0, locked_until = NULL WHERE id = ?";
  static final String UNLOCK = LOGIN_OK;
  static final String SET_HASH = "UPDATE staff_users SET password_hash = ? WHERE id = ?";
  static final String SET_LANGUAGE = "UPDATE staff_users SET language = ? WHERE id = ?";

  static final String INSERT_SESSION =
      "INSERT INTO admin_sessions (id_hash, user_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)";
  static final String SESSION = "SELECT s.csrf_token, s.expires_at, s.created_at, u." + USER_COLUMNS.replace(", ", ", u.")
      + " FROM admin_sessions s JOIN staff_users u ON u.id = s.user_id WHERE s.id_hash = ? AND s.expires_at > ?"
      + " AND NOT EXISTS (SELECT 1 FROM partners p WHERE p.id = u.partner_id AND p.suspended_at IS NOT NULL)";
  /** Issue 21: a suspended partner's users may not sign in (their sessions are refused by {@link #SESSION}). */
  static final String PARTNER_SUSPENDED = "SELECT count(*) FROM partners WHERE id = ? AND suspended_at IS NOT NULL";
  static final String TOUCH_SESSION = "UPDATE admin_sessions SET expires_at = ? WHERE id_hash = ?";
  static final String DELETE_SESSION = "DELETE FROM admin_sessions WHERE id_hash = ?";
  static final String DELETE_EXPIRED = "DELETE FROM admin_sessions WHERE expires_at <= ?";
}
