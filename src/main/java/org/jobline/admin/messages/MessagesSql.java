package org.jobline.admin.messages;

/** SQL text for the messages page. */
final class MessagesSql {
  private MessagesSql() {}

  static final String BY_STATUS = "SELECT status, COUNT(*) FROM outbox GROUP BY status";
  /**
   * Messages in one status: ?1 vacancy ref or '', ?2 limit, ?3 offset. The status (one of
   * {@link MessagesPage#STATUSES}, checked before) is written into the SQL so that SQLite can use
   * the partial index that holds it (V5): waiting, in-flight and failed rows come most recently
   * changed first; sent and delivered ones, the bulk of the table, newest first along the table.
   */
  static String list(String status) {
    if (!MessagesPage.STATUSES.contains(status)) {
      throw new IllegalArgumentException("unknown status " + status);
    }
    String where = status.equals("failed") || status.equals("expired")
        ? "o.status = '" + status + "' AND o.status IN ('failed', 'expired')" : "o.status = '" + status + "'";
    String order = status.equals("sent") || status.equals("delivered") ? "o.id DESC" : "o.updated_at DESC, o.id DESC";
    return """
        SELECT o.id, o.recipient, o.kind, o.status, o.attempts, o.last_error, o.route, o.updated_at, v.ref,
               o.text, o.not_before, o.created_at
        FROM outbox o LEFT JOIN vacancies v ON v.id = o.vacancy_id
        WHERE %s AND (?1 = '' OR lower(v.ref) = lower(?1))
        ORDER BY %s LIMIT ?2 OFFSET ?3""".formatted(where, order);
  }
  /**
   * The 30 newest vacancies open or closed in the last week that have alerts; counted per vacancy
   * over its index ({@code o.kind || ''} keeps SQLite off the kind index, which would read every alert).
   */
  static final String PER_VACANCY = """
      SELECT v.id, v.ref, v.title,
        (SELECT COUNT(*) FROM outbox o WHERE o.vacancy_id = v.id AND o.kind || '' = 'alert' AND o.status IN ('queued', 'sending')) AS waiting,
        (SELECT COUNT(*) FROM outbox o WHERE o.vacancy_id = v.id AND o.kind || '' = 'alert' AND o.status = 'sent') AS sent,
        (SELECT COUNT(*) FROM outbox o WHERE o.vacancy_id = v.id AND o.kind || '' = 'alert' AND o.status = 'delivered') AS delivered,
        (SELECT COUNT(*) FROM outbox o WHERE o.vacancy_id = v.id AND o.kind || '' = 'alert' AND o.status IN ('failed', 'expired')) AS failed
      FROM vacancies v
      WHERE (v.status = 'open' OR v.closed_at > ?) AND EXISTS (SELECT 1 FROM outbox o WHERE o.vacancy_id = v.id)
      ORDER BY v.id DESC LIMIT 30""";
  static final String RETRY_ONE = """
      UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = 0, last_error = NULL, updated_at = ?
      WHERE id = ? AND status = 'failed'""";
  /** The IN term lets SQLite walk the partial index of failed rows instead of the whole table. */
  static final String RETRY_ALL = """
      UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = 0, last_error = NULL, updated_at = ?
      WHERE status = 'failed' AND status IN ('failed', 'expired')""";
  /** The texts job-seekers sent, newest first: ?1 limit, ?2 offset. */
  static final String INBOUND = """
      SELECT id, phone, text, answered, received_at FROM inbound_messages
      ORDER BY received_at DESC, id DESC LIMIT ?1 OFFSET ?2""";
}
