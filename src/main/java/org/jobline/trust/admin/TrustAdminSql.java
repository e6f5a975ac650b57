package org.jobline.trust.admin;

/** SQL text of the "A valider" and "Signalements" pages (read through admin.Sql). */
final class TrustAdminSql {
  private TrustAdminSql() {}

  static final String PARTNER_BY_NAME = "SELECT id FROM partners WHERE name = ?";

  static final String PENDING = """
      SELECT v.ref, v.title, v.employer, v.trade, v.region, v.place, v.contact, v.description, v.positions,
             v.closing_date, p.name AS partner, r.requested_by, r.requested_at
      FROM vacancy_reviews r JOIN vacancies v ON v.id = r.vacancy_id LEFT JOIN partners p ON p.id = v.partner_id
      WHERE r.state = 'pending' AND v.status = 'draft'
      ORDER BY r.requested_at, v.id LIMIT 200""";

  static final String LATEST = """
      SELECT r.id, r.created_at, r.channel, r.text, r.subscriber_id, v.ref, v.title, p.name AS partner
      FROM scam_reports r JOIN vacancies v ON v.id = r.vacancy_id LEFT JOIN partners p ON p.id = v.partner_id
      ORDER BY r.created_at DESC, r.id DESC LIMIT 100""";

  static final String BY_VACANCY = """
      SELECT v.ref, v.title, v.status, p.name AS partner, count(*) AS reports, max(r.created_at) AS latest,
             max(CASE WHEN x.vacancy_id IS NULL THEN 0 ELSE 1 END) AS suspended
      FROM scam_reports r JOIN vacancies v ON v.id = r.vacancy_id LEFT JOIN partners p ON p.id = v.partner_id
        LEFT JOIN vacancy_suspensions x ON x.vacancy_id = v.id
      GROUP BY v.id, v.ref, v.title, v.status, p.name
      ORDER BY count(*) DESC, max(r.created_at) DESC LIMIT 100""";

  /** Every partner with its reports, vacancies reported and open vacancies: those with reports first. */
  static final String BY_PARTNER = """
      SELECT p.id, p.name, p.trusted, p.suspended_at,
             (SELECT count(*) FROM scam_reports r JOIN vacancies v ON v.id = r.vacancy_id WHERE v.partner_id = p.id) AS reports,
             (SELECT count(DISTINCT r.vacancy_id) FROM scam_reports r JOIN vacancies v ON v.id = r.vacancy_id
               WHERE v.partner_id = p.id) AS reported,
             (SELECT count(*) FROM vacancies v WHERE v.partner_id = p.id AND v.status = 'open') AS open
      FROM partners p ORDER BY 5 DESC, p.name LIMIT 500""";
}
