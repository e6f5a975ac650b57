package org.jobline.subscriber;

/** SQL text for subscribers. */
final class SubscriberSql {
  private SubscriberSql() {}

  static final String BY_PHONE = """
      SELECT s.id, s.phone, s.region, s.language, s.status, s.channel, s.created_at, s.updated_at,
             (SELECT string_agg(trade, ',' ORDER BY position) FROM subscriber_trades t
              WHERE t.subscriber_id = s.id) AS trades
      FROM subscribers s WHERE s.phone = ?""";

  static final String UPSERT = """
      INSERT INTO subscribers (phone, region, language, status, channel, updated_at)
      VALUES (?, ?, ?, 'active', ?, ?)
      ON CONFLICT (phone) DO UPDATE SET region = excluded.region, status = 'active',
        updated_at = excluded.updated_at""";

  static final String INSERT_MINIMAL = """
      INSERT INTO subscribers (phone, region, language, status, channel, updated_at)
      VALUES (?, NULL, ?, 'active', ?, ?) ON CONFLICT (phone) DO NOTHING""";

  static final String DELETE_TRADES = "DELETE FROM subscriber_trades WHERE subscriber_id = ?";
  static final String INSERT_TRADE = "INSERT INTO subscriber_trades (subscriber_id, position, trade) VALUES (?, ?, ?)";
  static final String SET_STATUS = "UPDATE subscribers SET status = ?, updated_at = ? WHERE id = ? AND status <> ?";
  static final String SET_LANGUAGE = "UPDATE subscribers SET language = ?, updated_at = ? WHERE id = ?";
  static final String STOP_BY_PHONE = "UPDATE subscribers SET status = 'stopped', updated_at = ? WHERE phone = ? AND status <> 'stopped'";
}
