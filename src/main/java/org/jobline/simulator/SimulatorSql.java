package org.jobline.simulator;

/**
 * The simulator's only SQL: a partner and key for scenarios run on the gateway it starts itself (trusted: its
 * vacancies publish at once; scenario 07 makes an untrusted one through the trust feature's hook).
 */
final class SimulatorSql {
  static final String INSERT_PARTNER = """
      INSERT INTO partners (name, kind, trusted) VALUES (?, 'other', 1)
      ON CONFLICT (name) DO UPDATE SET kind = partners.kind RETURNING id""";
  static final String INSERT_KEY = "INSERT INTO partner_api_keys (partner_id, key_prefix, key_hash) VALUES (?, ?, ?)";

  /** A staff user for scenario pages (unusable password: sessions only), of a partner by name or none. */
  static final String INSERT_USER = """
      INSERT INTO staff_users (username, password_hash, role, partner_id)
      VALUES (?, '!no-sign-in', ?, (SELECT id FROM partners WHERE name = ?))
      ON CONFLICT (username) DO NOTHING""";
  static final String USER_ID = "SELECT id FROM staff_users WHERE username = ?";

  private SimulatorSql() {}
}
