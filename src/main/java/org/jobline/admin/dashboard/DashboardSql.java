package org.jobline.admin.dashboard;

/** SQL text for the dashboard: everything aggregated in SQLite over indexes, nothing counted in Java. */
final class DashboardSql {
  private DashboardSql() {}

  /** The UTC day as a number of days since 1970-01-01 (integer division: the same on SQLite and PostgreSQL). */
  static final String DAY = "created_at / 86400000";
  static final String REGISTRATIONS = "SELECT " + DAY + " AS d, COUNT(*) AS n FROM subscribers "
      + "WHERE created_at >= ? GROUP BY d";
  /** ?1 since, ?2/?3 the partner scope (null: everyone's). */
  static final String ALERTS_PER_DAY = "SELECT " + DAY + " AS d, COUNT(*) AS sent, "
      + "SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) AS delivered FROM outbox WHERE kind = 'alert' AND created_at >= ? "
      + "AND status IN ('sent', 'delivered', 'failed', 'expired', 'unknown') "
      + "AND (CAST(? AS BIGINT) IS NULL OR vacancy_id IN (SELECT id FROM vacancies WHERE partner_id = ?)) GROUP BY d";
  static final String SEEKERS_BY_REGION =
      "SELECT region, COUNT(*) FROM subscribers WHERE status = 'active' AND region IS NOT NULL GROUP BY region";
  static final String OPEN_BY_REGION =
      "SELECT region, SUM(positions) FROM vacancies WHERE status = 'open' GROUP BY region";
  static final String FUNNEL = """
      SELECT (SELECT COUNT(*) FROM alerts a WHERE CAST(?1 AS BIGINT) IS NULL
                OR a.vacancy_id IN (SELECT id FROM vacancies WHERE partner_id = ?1)) AS alerted,
             (SELECT COUNT(*) FROM alerts a WHERE a.status = 'delivered'
                AND (CAST(?1 AS BIGINT) IS NULL OR a.vacancy_id IN (SELECT id FROM vacancies WHERE partner_id = ?1))) AS delivered,
             (SELECT COUNT(*) FROM interests i WHERE CAST(?1 AS BIGINT) IS NULL
                OR i.vacancy_id IN (SELECT id FROM vacancies WHERE partner_id = ?1)) AS interested""";
  /** Replaces the per-trade count (the trade totals are the grid's last column): one pass over subscriber_trades. */
  static final String SEEKERS_GRID = """
      SELECT t.trade, s.region, COUNT(*) AS n FROM subscriber_trades t JOIN subscribers s ON s.id = t.subscriber_id
      WHERE s.status = 'active' GROUP BY t.trade, s.region""";
  static final String OPEN_GRID =
      "SELECT trade, region, SUM(positions) AS n FROM vacancies WHERE status = 'open' GROUP BY trade, region";
  /**
   * Per route, the messages it sent since ?1 (start of the local day) and, of those, the delivered
   * ones, with their cost: a range over V11's outbox_sent_by_route (sent_at, route), table reads for
   * today's rows only. One text for SQLite and PostgreSQL (CASE WHEN, not a sum of booleans).
   */
  static final String ROUTE_SENT_TODAY = """
      SELECT route, COUNT(*) AS sent, SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END) AS delivered,
             COALESCE(SUM(cost), 0) AS cost
      FROM outbox WHERE sent_at >= ?1 AND route IS NOT NULL GROUP BY route""";
  /**
   * Per route, the messages that ended 'failed' since ?1 (rejected by the route or reported not
   * delivered): the IN matches the partial index outbox_ended_badly (status, updated_at).
   */
  static final String ROUTE_FAILED_TODAY = """
      SELECT route, SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed FROM outbox
      WHERE status IN ('failed', 'expired') AND updated_at >= ?1 AND route IS NOT NULL GROUP BY route""";
}
