package org.jobline.admin.partners;

/** SQL text for the partners page. */
final class PartnersSql {
  private PartnersSql() {}

  static final String FIGURES = """
      SELECT p.id, p.name,
        (SELECT COUNT(*) FROM vacancies v WHERE v.partner_id = p.id) AS vacancies,
        (SELECT COUNT(*) FROM vacancies v WHERE v.partner_id = p.id AND v.status = 'open') AS open,
        (SELECT COUNT(*) FROM alerts a JOIN vacancies v ON v.id = a.vacancy_id WHERE v.partner_id = p.id) AS alerted,
        (SELECT COUNT(*) FROM alerts a JOIN vacancies v ON v.id = a.vacancy_id WHERE v.partner_id = p.id
           AND a.status = 'delivered') AS delivered,
        (SELECT COUNT(*) FROM interests i JOIN vacancies v ON v.id = i.vacancy_id WHERE v.partner_id = p.id) AS interested
      FROM partners p WHERE (CAST(?1 AS BIGINT) IS NULL OR p.id = ?1) ORDER BY p.name""";
  static final String USERS = "SELECT id, username, failed_logins, locked_until FROM staff_users WHERE partner_id = ? ORDER BY username";
  static final String KEYS = "SELECT key_prefix, created_at, revoked_at FROM partner_api_keys WHERE partner_id = ? ORDER BY id DESC";
}
