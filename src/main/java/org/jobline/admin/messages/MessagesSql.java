package org.jobline.admin.messages;

/** SQL text for the messages page. */
final class MessagesSql {
  private MessagesSql() {}

  static final String BY_STATUS = "SELECT status, COUNT(*) FROM outbox GROUP BY status";
  /** ?1 status, ?2 vacancy ref or '', ?3 limit, ?4 offset. */
  static final String LIST = """
      SELECT o.id, o.recipient, o.kind, o.status, o.attempts, o.last_error, o.route, o.updated_at, v.ref
      FROM outbox o LEFT JOIN vacancies v ON v.id = o.vacancy_id
      WHERE o.status = ?1 AND (?2 = '' OR v.ref = ?2 COLLATE NOCASE)
      ORDER BY o.updated_at DESC, o.id DESC LIMIT ?3 OFFSET ?4""";
  /** The 30 newest vacancies open or closed in the last week that have alerts; counted per vacancy over its index. */
  static final String PER_VACANCY = """
      SELECT v.id, v.ref, v.title,
        (SELECT COUNT(*) FROM outbox o WHERE o.vacancy_id = v.id AND o.kind = 'alert' AND o.status IN ('queued', 'sending')) AS waiting,
        (SELECT COUNT(*) FROM outbox o WHERE o.vacancy_id = v.id AND o.kind = 'alert' AND o.status = 'sent') AS sent,
        (SELECT COUNT(*) FROM outbox o WHERE o.vacancy_id = v.id AND o.kind = 'alert' AND o.status = 'delivered') AS delivered,
        (SELECT COUNT(*) FROM outbox o WHERE o.vacancy_id = v.id AND o.kind = 'alert' AND o.status IN ('failed', 'expired')) AS failed
      FROM vacancies v
      WHERE (v.status = 'open' OR v.closed_at > ?) AND EXISTS (SELECT 1 FROM outbox o WHERE o.vacancy_id = v.id)
      ORDER BY v.id DESC LIMIT 30""";
  static final String RETRY_ONE = """
      UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = 0, last_error = NULL, updated_at = ?
      WHERE id = ? AND status = 'failed'""";
  static final String RETRY_ALL = """
      UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = 0, last_error = NULL, updated_at = ?
      WHERE status = 'failed'""";
}
