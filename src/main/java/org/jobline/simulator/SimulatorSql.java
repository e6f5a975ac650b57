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

  private SimulatorSql() {}
}
