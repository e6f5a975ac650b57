package org.jobline.outbox;

/** SQL text of the outbox. */
final class OutboxSql {
  private OutboxSql() {}

  static final String INSERT = """
      INSERT INTO outbox (recipient, subscriber_id, vacancy_id, text, language, kind, priority, status,
                          encoding, segments, cost, not_before, expires_at, next_attempt_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?)""";
}
