package org.jobline.admin.users;

/** SQL of the users page and password changes. */
final class UsersSql {
  static final String LIST = """
      SELECT u.id, u.username, u.role, p.name AS partner, u.disabled, u.locked_until, u.failed_logins, u.created_at,
             EXISTS (SELECT 1 FROM password_resets r WHERE r.user_id = u.id) AS must_change
      FROM staff_users u LEFT JOIN partners p ON p.id = u.partner_id
      ORDER BY u.disabled, u.role, lower(u.username) LIMIT 500""";
  static final String ONE = "SELECT id, username, role, password_hash, disabled FROM staff_users WHERE id = ?";
  static final String SET_HASH = "UPDATE staff_users SET password_hash = ? WHERE id = ?";
  static final String SET_DISABLED = "UPDATE staff_users SET disabled = ?, password_hash = ? WHERE id = ?";
  static final String CLOSE_SESSIONS = "DELETE FROM admin_sessions WHERE user_id = ?";
  static final String CLOSE_OTHER_SESSIONS = "DELETE FROM admin_sessions WHERE user_id = ? AND id_hash <> ?";
  static final String MUST_CHANGE = "INSERT INTO password_resets (user_id, created_at, created_by) VALUES (?, ?, ?) "
      + "ON CONFLICT (user_id) DO UPDATE SET created_at = excluded.created_at, created_by = excluded.created_by";
  static final String CHANGED = "DELETE FROM password_resets WHERE user_id = ?";
  static final String PENDING = "SELECT count(*) FROM password_resets WHERE user_id = ?";

  private UsersSql() {}
}
