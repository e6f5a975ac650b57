package org.jobline.trust;

/** SQL text of verified offers, scam reports and suspensions (issue 21). */
final class TrustSql {
  private TrustSql() {}

  static final String PARTNER_STATE = "SELECT trusted, suspended_at FROM partners WHERE id = ?";
  static final String SET_TRUSTED = "UPDATE partners SET trusted = ? WHERE id = ?";
  static final String SUSPEND_PARTNER = "UPDATE partners SET suspended_at = ? WHERE id = ? AND suspended_at IS NULL";
  static final String PARTNER_NAME = "SELECT name FROM partners WHERE id = ?";
  /** Sign-outs at once: the partner's users lose their sessions (sign-in is refused while suspended). */
  static final String CLOSE_PARTNER_SESSIONS =
      "DELETE FROM admin_sessions WHERE user_id IN (SELECT id FROM staff_users WHERE partner_id = ?)";
  static final String PARTNER_OPEN_REFS = "SELECT ref FROM vacancies WHERE partner_id = ? AND status = 'open' ORDER BY id";
  static final String PARTNER_PENDING = """
      SELECT r.vacancy_id, v.ref FROM vacancy_reviews r JOIN vacancies v ON v.id = r.vacancy_id
      WHERE v.partner_id = ? AND r.state = 'pending' ORDER BY r.vacancy_id""";

  static final String REVIEW_STATE = "SELECT state FROM vacancy_reviews WHERE vacancy_id = ?";
  static final String REVIEW_PENDING = """
      INSERT INTO vacancy_reviews (vacancy_id, state, requested_by, requested_at) VALUES (?, 'pending', ?, ?)
      ON CONFLICT (vacancy_id) DO UPDATE SET state = 'pending', requested_by = excluded.requested_by,
        requested_at = excluded.requested_at, decided_by = NULL, decided_at = NULL, reason = NULL""";
  static final String REVIEW_DECIDE = """
      UPDATE vacancy_reviews SET state = ?, decided_by = ?, decided_at = ?, reason = ?
      WHERE vacancy_id = ? AND state = 'pending'""";

  static final String INBOUND_TEXT = "SELECT text FROM inbound_messages WHERE id = ?";
  static final String INSERT_REPORT = """
      INSERT INTO scam_reports (vacancy_id, subscriber_id, channel, text, created_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (vacancy_id, subscriber_id) DO NOTHING""";

  static final String IS_SUSPENDED = "SELECT count(*) FROM vacancy_suspensions WHERE vacancy_id = ?";
  static final String INSERT_SUSPENSION = """
      INSERT INTO vacancy_suspensions (vacancy_id, suspended_by, reason, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (vacancy_id) DO NOTHING""";
  static final String SET_CORRECTIONS = "UPDATE vacancy_suspensions SET corrections = ? WHERE vacancy_id = ?";
  /**
   * Who must hear that the offer is withdrawn: active people whose alert SMS left (sending or later, not cancelled
   * or failed) and those who asked for its contact (interested).
   */
  static final String TO_CORRECT = """
      SELECT s.id, s.phone, s.language FROM subscribers s
      WHERE s.status = 'active' AND (
        s.id IN (SELECT a.subscriber_id FROM alerts a JOIN outbox o ON o.id = a.outbox_id
                 WHERE a.vacancy_id = ? AND o.status IN ('sending', 'sent', 'delivered', 'unconfirmed', 'unknown'))
        OR s.id IN (SELECT i.subscriber_id FROM interests i WHERE i.vacancy_id = ?))
      ORDER BY s.id""";

  static final String AUDIT =
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)";
}
