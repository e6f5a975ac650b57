package org.jobline.abroad;

/** SQL text of the abroad opt-ins and the admin's figures on jobs abroad. */
final class AbroadSql {
  private AbroadSql() {}

  static final String OPTED_IN = "SELECT 1 FROM abroad_optins WHERE subscriber_id = ?";
  static final String OPT_IN = """
      INSERT INTO abroad_optins (subscriber_id, channel, created_at) VALUES (?, ?, ?)
      ON CONFLICT (subscriber_id) DO NOTHING""";
  static final String OPT_OUT = "DELETE FROM abroad_optins WHERE subscriber_id = ?";

  /** Vacancies abroad by country: open, and closed or draft (the rest). */
  static final String OFFERS_BY_COUNTRY = """
      SELECT v.country, SUM(CASE WHEN v.status = 'open' THEN 1 ELSE 0 END),
             SUM(CASE WHEN v.status = 'closed' THEN 1 ELSE 0 END), SUM(CASE WHEN v.status = 'draft' THEN 1 ELSE 0 END)
      FROM vacancies v WHERE v.country IS NOT NULL GROUP BY v.country ORDER BY v.country""";

  /** Active job-seekers who opted in, by region ('*' all regions; NULL not registered yet). */
  static final String OPTINS_BY_REGION = """
      SELECT s.region, count(*) FROM abroad_optins o JOIN subscribers s ON s.id = o.subscriber_id
      WHERE s.status = 'active' GROUP BY s.region ORDER BY s.region""";
}
