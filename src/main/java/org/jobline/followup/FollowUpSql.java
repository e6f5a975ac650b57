package org.jobline.followup;

/** SQL text of outcome follow-ups. */
final class FollowUpSql {
  private FollowUpSql() {}

  /**
   * Interests old enough for round ?2 (created before ?1) that have no follow-up of this round or later and
   * no final answer, from people still taking alerts; ?3 rows at most.
   */
  static final String DUE = """
      SELECT i.id, i.subscriber_id, s.phone, s.language, i.vacancy_id, v.ref
      FROM interests i JOIN subscribers s ON s.id = i.subscriber_id JOIN vacancies v ON v.id = i.vacancy_id
      WHERE i.created_at <= ?1 AND s.status = 'active'
        AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.interest_id = i.id
                        AND (f.round >= ?2 OR f.answer = 'hired' OR f.answer = 'not_interested'))
      ORDER BY i.id LIMIT ?3""";

  static final String INSERT = """
      INSERT INTO followups (interest_id, subscriber_id, vacancy_id, round, sent_at, outbox_id)
      VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (interest_id, round) DO NOTHING""";

  /** The latest follow-up sent to ?1 since ?2 and not answered yet. */
  static final String LATEST_OPEN = """
      SELECT f.id, v.ref FROM followups f JOIN vacancies v ON v.id = f.vacancy_id
      WHERE f.subscriber_id = ?1 AND f.sent_at >= ?2 AND f.answer IS NULL AND f.round >= 1
      ORDER BY f.sent_at DESC, f.id DESC LIMIT 1""";

  /** The interest of ?1 in the vacancy ?2 (a ref) and its latest follow-up, if any. */
  static final String INTEREST_BY_REF = """
      SELECT i.id, i.vacancy_id,
             (SELECT f.id FROM followups f WHERE f.interest_id = i.id ORDER BY f.round DESC LIMIT 1) AS followup_id
      FROM interests i JOIN vacancies v ON v.id = i.vacancy_id WHERE i.subscriber_id = ?1 AND v.ref = ?2""";

  static final String ANSWER = "UPDATE followups SET answer = ?, answered_at = ?, channel = ? WHERE id = ?";

  /** An answer given before any follow-up was sent (USSD "Mes candidatures"): round 0. */
  static final String VOLUNTEERED = """
      INSERT INTO followups (interest_id, subscriber_id, vacancy_id, round, sent_at, answer, answered_at, channel)
      VALUES (?1, ?2, ?3, 0, ?4, ?5, ?4, ?6)
      ON CONFLICT (interest_id, round) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at,
        channel = excluded.channel""";

  static final String APPLICATIONS = """
      SELECT v.ref, v.title FROM interests i JOIN vacancies v ON v.id = i.vacancy_id
      WHERE i.subscriber_id = ? ORDER BY i.created_at DESC, i.id DESC LIMIT ?""";
}
