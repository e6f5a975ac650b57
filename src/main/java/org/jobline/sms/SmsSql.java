package org.jobline.sms;

/** SQL text of the SMS channel. */
final class SmsSql {
  private SmsSql() {}

  /** The UNIQUE (provider, provider_id) pair makes a retried callback insert nothing. */
  static final String INSERT_INBOUND = """
      INSERT INTO inbound_messages (provider, provider_id, phone, text, answered, received_at)
      VALUES (?, ?, ?, ?, 0, ?)
      ON CONFLICT (provider, provider_id) DO NOTHING""";

  static final String SET_ANSWERED = "UPDATE inbound_messages SET answered = ? WHERE id = ?";

  static final String COUNT_SINCE = "SELECT COUNT(*) FROM inbound_messages WHERE phone = ? AND received_at >= ?";

  /** Earlier answered texts of this number in the window (newest first), for the loop guard. */
  static final String ANSWERED_TEXTS_SINCE = """
      SELECT text FROM inbound_messages
      WHERE phone = ? AND received_at >= ? AND answered = 1 AND id <> ?
      ORDER BY received_at DESC LIMIT ?""";
}
