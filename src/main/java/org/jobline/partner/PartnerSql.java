package org.jobline.partner;

/** SQL text of partners and their API keys. */
final class PartnerSql {
  private PartnerSql() {}

  static final String INSERT = "INSERT INTO partners (name, kind) VALUES (?, 'other')";
  static final String BY_NAME = "SELECT id, name FROM partners WHERE name = ?";
  static final String ALL = "SELECT id, name FROM partners ORDER BY name";
  static final String INSERT_KEY = "INSERT INTO partner_api_keys (partner_id, key_prefix, key_hash) VALUES (?, ?, ?)";
  static final String BY_KEY_HASH = """
      SELECT p.id, p.name, p.suspended_at FROM partner_api_keys k JOIN partners p ON p.id = k.partner_id
      WHERE k.key_hash = ? AND k.revoked_at IS NULL""";
  static final String REVOKE = """
      UPDATE partner_api_keys SET revoked_at = ? WHERE partner_id = ? AND key_prefix = ? AND revoked_at IS NULL""";
  /** A partner's referral code: its own, else P and its id (P12). */
  static final String BY_REFERRAL_CODE = """
      SELECT id FROM partners WHERE upper(COALESCE(referral_code, 'P' || CAST(id AS TEXT))) = upper(?)""";
  static final String CREDIT = """
      INSERT INTO referrals (subscriber_id, partner_id, channel, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (subscriber_id) DO NOTHING""";
  /** Every referral code (the USSD partner step checks a typed code against them); a bounded list. */
  static final String ALL_CODES = "SELECT upper(COALESCE(referral_code, 'P' || CAST(id AS TEXT))) FROM partners ORDER BY id LIMIT 10000";
  static final String CODE_OF = "SELECT COALESCE(referral_code, 'P' || CAST(id AS TEXT)) FROM partners WHERE id = ?";
  /** A vacancy's interested people for its partner (phones masked in Java), oldest first. */
  static final String INTERESTS = """
      SELECT i.id, s.phone, i.channel, i.created_at, i.follow_up FROM interests i JOIN subscribers s ON s.id = i.subscriber_id
      WHERE i.vacancy_id = ? ORDER BY i.created_at, i.id LIMIT 1000""";
  static final String SET_INTEREST_STATUS = """
      UPDATE interests SET follow_up = ?, follow_up_at = ?, follow_up_by = ? WHERE id = ? AND vacancy_id = ?""";
  static final String AUDIT_INTEREST = """
      INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, 'interest.status', 'vacancy', ?, ?)""";
  static final String AUDIT = "INSERT INTO audit_log (actor, action, entity, entity_id, detail) VALUES (?, ?, 'partner', ?, ?)";
}
