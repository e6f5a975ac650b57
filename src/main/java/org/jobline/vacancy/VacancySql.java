package org.jobline.vacancy;

/** SQL text for reading vacancies and recording interest. */
final class VacancySql {
  private VacancySql() {}

  static final String COLUMNS = """
      v.id, v.ref, v.title, v.description, v.trade, v.region, v.place, v.employer, v.contact, v.partner_id,
      v.positions, v.closing_date, v.status, v.opened_at, v.created_at, v.updated_at""";

  static final String BY_REF = "SELECT " + COLUMNS + " FROM vacancies v WHERE v.ref = ? COLLATE NOCASE";
  static final String BY_ID = "SELECT " + COLUMNS + " FROM vacancies v WHERE v.id = ?";
  static final String ALL_OPEN = "SELECT " + COLUMNS
      + " FROM vacancies v WHERE v.status = 'open' ORDER BY COALESCE(v.opened_at, v.created_at) DESC, v.id DESC";

  static final String INSERT_INTEREST = """
      INSERT INTO interests (subscriber_id, vacancy_id, channel) VALUES (?, ?, ?)
      ON CONFLICT (subscriber_id, vacancy_id) DO NOTHING""";
}
