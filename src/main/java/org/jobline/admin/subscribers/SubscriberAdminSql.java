package org.jobline.admin.subscribers;

/** SQL text for the subscribers page. */
final class SubscriberAdminSql {
  private SubscriberAdminSql() {}

  /**
   * ?1 exact phone or null, ?2 LIKE pattern or null, ?3 limit, ?4 offset, ?5 a partner's id or null:
   * a partner finds only the people interested in one of its own vacancies (issue 24 point 6); ?6 region,
   * ?7 trade, ?8 status ('' for any), ?9 registered from, ?10 registered before (epoch ms).
   */
  static final String SEARCH = """
      SELECT s.id, s.phone, s.region, s.language, s.status, s.channel, s.created_at,
             (SELECT string_agg(t.trade, ' ' ORDER BY t.position) FROM subscriber_trades t WHERE t.subscriber_id = s.id) AS trades
      FROM subscribers s
      WHERE (CAST(?1 AS TEXT) IS NULL OR s.phone = ?1) AND (CAST(?2 AS TEXT) IS NULL OR s.phone LIKE ?2 ESCAPE '\\')
        AND (CAST(?5 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM interests i JOIN vacancies v ON v.id = i.vacancy_id
                                   WHERE i.subscriber_id = s.id AND v.partner_id = ?5))
        AND (?6 = '' OR s.region = ?6) AND (?7 = '' OR EXISTS (SELECT 1 FROM subscriber_trades t2
                                                              WHERE t2.subscriber_id = s.id AND t2.trade = ?7))
        AND (?8 = '' OR s.status = ?8) AND s.created_at >= ?9 AND s.created_at < ?10
      ORDER BY s.id DESC LIMIT ?3 OFFSET ?4""";
  static final String BY_REGION = """
      SELECT COALESCE(region, '') AS region, SUM(CASE WHEN status = 'active' THEN 1 ELSE 0 END) AS active,
             SUM(CASE WHEN status = 'stopped' THEN 1 ELSE 0 END) AS stopped
      FROM subscribers GROUP BY region""";
  static final String BY_TRADE = """
      SELECT t.trade, COUNT(*) FROM subscriber_trades t JOIN subscribers s ON s.id = t.subscriber_id
      WHERE s.status = 'active' GROUP BY t.trade""";
  static final String PHONE = "SELECT phone FROM subscribers WHERE id = ?";
}
