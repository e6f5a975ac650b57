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
      WHERE (?1 IS NULL OR v.partner_id = ?1) AND (?2 = '' OR v.status = ?2) AND (?3 = '' OR v.region = ?3)
        AND (?4 = '' OR v.trade = ?4) AND (?5 IS NULL OR v.partner_id = ?5)
        AND (?6 IS NULL OR v.title LIKE ?6 ESCAPE '\\' OR v.ref LIKE ?6 ESCAPE '\\' OR v.employer LIKE ?6 ESCAPE '\\')
      ORDER BY v.created_at DESC, v.id DESC LIMIT ?7 OFFSET ?8""";
  static final String PARTNERS = "SELECT id, name FROM partners ORDER BY name";
  static final String INTERESTED = """
      SELECT i.id, s.phone, s.region, i.channel, i.created_at, i.follow_up, i.follow_up_at, i.follow_up_by,
             (SELECT group_concat(t.trade, ' ') FROM subscriber_trades t WHERE t.subscriber_id = s.id) AS trades
      FROM interests i JOIN subscribers s ON s.id = i.subscriber_id
      WHERE i.vacancy_id = ? ORDER BY i.created_at DESC, i.id DESC LIMIT ?""";
}
