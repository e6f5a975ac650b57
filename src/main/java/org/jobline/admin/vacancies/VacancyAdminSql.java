package org.jobline.admin.vacancies;

/** SQL text for the admin vacancy pages (the writes go through VacancyService). */
final class VacancyAdminSql {
  private VacancyAdminSql() {}

  /** ?1 partner scope, ?2 status, ?3 region, ?4 trade, ?5 partner filter, ?6 LIKE text or null, ?7 limit, ?8 offset. */
  static final String LIST = """
      SELECT v.id, v.ref, v.title, v.employer, v.trade, v.region, v.status, v.positions, v.closing_date,
             p.name AS partner,
             (SELECT COUNT(*) FROM alerts a WHERE a.vacancy_id = v.id) AS matched,
             (SELECT COUNT(*) FROM interests i WHERE i.vacancy_id = v.id) AS interested
      FROM vacancies v LEFT JOIN partners p ON p.id = v.partner_id
      WHERE (CAST(?1 AS BIGINT) IS NULL OR v.partner_id = ?1) AND (?2 = '' OR v.status = ?2) AND (?3 = '' OR v.region = ?3)
        AND (?4 = '' OR v.trade = ?4) AND (CAST(?5 AS BIGINT) IS NULL OR v.partner_id = ?5)
        AND (CAST(?6 AS TEXT) IS NULL OR lower(v.title) LIKE lower(?6) ESCAPE '\\' OR lower(v.ref) LIKE lower(?6) ESCAPE '\\' OR lower(v.employer) LIKE lower(?6) ESCAPE '\\')
      ORDER BY v.created_at DESC, v.id DESC LIMIT ?7 OFFSET ?8""";
  static final String PARTNERS = "SELECT id, name FROM partners ORDER BY name";
  /**
   * One vacancy's funnel (people: one alert and one interest per person and vacancy), as Funnel.STAGES names them;
   * follow-ups reached through the vacancy's interests (followups has no index on vacancy_id).
   */
  static final String FUNNEL = """
      SELECT (SELECT count(*) FROM alerts a JOIN outbox o ON o.id = a.outbox_id
              WHERE a.vacancy_id = ?1 AND o.status IN ('sent', 'delivered')) AS alerted,
             (SELECT count(*) FROM alerts a JOIN outbox o ON o.id = a.outbox_id
              WHERE a.vacancy_id = ?1 AND o.status = 'delivered') AS delivered,
             (SELECT count(*) FROM interests WHERE vacancy_id = ?1) AS interested,
             (SELECT count(*) FROM interests WHERE vacancy_id = ?1 AND follow_up <> 'to_call') AS contacted,
             (SELECT count(*) FROM interests WHERE vacancy_id = ?1 AND follow_up = 'hired') AS hired_staff,
             (SELECT count(DISTINCT i.subscriber_id) FROM interests i JOIN followups f ON f.interest_id = i.id
              WHERE i.vacancy_id = ?1 AND f.answer = 'hired') AS hired_said""";

  static final String INTERESTED = """
      SELECT i.id, s.phone, s.region, i.channel, i.created_at, i.follow_up, i.follow_up_at, i.follow_up_by,
             (SELECT string_agg(t.trade, ' ' ORDER BY t.position) FROM subscriber_trades t WHERE t.subscriber_id = s.id) AS trades
      FROM interests i JOIN subscribers s ON s.id = i.subscriber_id
      WHERE i.vacancy_id = ? ORDER BY i.created_at DESC, i.id DESC LIMIT ?""";

  /** Who would get the alert if the vacancy opened now, by language, and how many are under today's cap. */
  static final String REACH = """
      SELECT s.language, count(*) AS n,
             sum(CASE WHEN (SELECT count(*) FROM alerts d WHERE d.subscriber_id = s.id AND d.due_at >= ? AND d.due_at < ?) < ?
                 THEN 1 ELSE 0 END) AS today
      FROM subscriber_trades t CROSS JOIN subscribers s
      WHERE s.id = t.subscriber_id AND t.trade = ? AND s.status = 'active' AND (s.region = ? OR s.region = '*')
        AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.subscriber_id = s.id AND a.vacancy_id = ?)
        AND (CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM abroad_optins o WHERE o.subscriber_id = s.id))
      GROUP BY s.language ORDER BY s.language""";

  /** The vacancy's alerts not sent yet, and those the daily cap put off to a later day. */
  static final String WAITING = """
      SELECT count(*) AS waiting, COALESCE(sum(CASE WHEN due_at >= ? THEN 1 ELSE 0 END), 0) AS capped
      FROM alerts WHERE vacancy_id = ? AND status IN ('pending', 'queued')""";

  /** Who created, edited, published and closed it; and (issue 21) submitted, validated, rejected or suspended it. */
  static final String HISTORY = """
      SELECT at, actor, action FROM audit_log WHERE entity = 'vacancy' AND entity_id = ?
        AND action IN ('vacancy.create', 'vacancy.open', 'vacancy.close', 'vacancy.submit', 'vacancy.validate',
                       'vacancy.reject', 'vacancy.suspend') ORDER BY at, id LIMIT 20""";

  static final String SET_FOLLOW_UP = """
      UPDATE interests SET follow_up = ?, follow_up_at = ?, follow_up_by = ? WHERE id = ? AND vacancy_id = ?""";
}
