package org.jobline.vacancy;

/** SQL text for reading vacancies and recording interest. */
final class VacancySql {
  private VacancySql() {}

  static final String COLUMNS = """
      v.id, v.ref, v.title, v.description, v.trade, v.region, v.place, v.employer, v.contact, v.partner_id,
      v.positions, v.closing_date, v.status, v.opened_at, v.created_at, v.updated_at, v.tags, v.country""";

  static final String BY_REF = "SELECT " + COLUMNS + " FROM vacancies v WHERE v.ref = ?";
  static final String BY_ID = "SELECT " + COLUMNS + " FROM vacancies v WHERE v.id = ?";
  static final String ALL_OPEN = "SELECT " + COLUMNS
      + " FROM vacancies v WHERE v.status = 'open' ORDER BY COALESCE(v.opened_at, v.created_at) DESC, v.id DESC";

  /**
   * Open vacancies for a region (?1; NULL or '*' for any) and one of {@code trades} trades (?2...),
   * newest first: the same order and rule as {@link Vacancies#matches}, filtered by SQLite. Vacancies abroad
   * only when ?{trades + 2} is 1 (the person opted in).
   */
  static String openMatching(int trades) {
    return "SELECT " + COLUMNS + " FROM vacancies v WHERE v.status = 'open' AND (CAST(?1 AS TEXT) IS NULL OR ?1 = '"
        + org.jobline.subscriber.Subscriber.ALL_REGIONS + "' OR v.region = ?1) AND v.trade IN ("
        + String.join(", ", java.util.Collections.nCopies(trades, "?")) + ")"
        + " AND (v.country IS NULL OR ?" + (trades + 2) + " = 1)"
        + " ORDER BY COALESCE(v.opened_at, v.created_at) DESC, v.id DESC";
  }

  static final String INSERT_INTEREST = """
      INSERT INTO interests (subscriber_id, vacancy_id, channel) VALUES (?, ?, ?)
      ON CONFLICT (subscriber_id, vacancy_id) DO NOTHING""";

  static final String INSERT = """
      INSERT INTO vacancies (ref, title, description, trade, region, place, employer, contact, partner_id,
                             positions, closing_date, status, created_at, updated_at, tags, country)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)""";

  static final String UPDATE = """
      UPDATE vacancies SET title = ?, description = ?, trade = ?, region = ?, place = ?, employer = ?,
        contact = ?, positions = ?, closing_date = ?, updated_at = ?, tags = ?, country = ? WHERE id = ?""";

  static final String OPEN = """
      UPDATE vacancies SET status = 'open', opened_at = COALESCE(opened_at, ?), closed_at = NULL, updated_at = ?
      WHERE id = ?""";

  static final String CLOSE = "UPDATE vacancies SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ?";

  static final String LIST = "SELECT " + COLUMNS + """
       FROM vacancies v WHERE (CAST(? AS BIGINT) IS NULL OR v.partner_id = ?) AND (CAST(? AS TEXT) IS NULL OR v.status = ?)
      ORDER BY v.created_at DESC, v.id DESC LIMIT ?""";

  /**
   * On PostgreSQL the vacancies due are claimed: a node closing them holds their rows until it commits, and
   * another node's pass skips them (then no longer sees them open), so each is closed, audited and expired once.
   */
  static final String PAST_CLOSING = org.jobline.store.Dialect.sql(
      "SELECT v.ref FROM vacancies v WHERE v.status = 'open' AND v.closing_date < ?",
      "SELECT v.ref FROM vacancies v WHERE v.status = 'open' AND v.closing_date < ? FOR UPDATE SKIP LOCKED");

  static final String AUDIT = "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, 'vacancy', ?, ?)";

  /** Per-vacancy counts over outbox_by_vacancy ({@code kind || ''}: not the kind index, which reads every alert). */
  static final String STATS = """
      SELECT (SELECT count(*) FROM alerts WHERE vacancy_id = ?1),
             (SELECT count(*) FROM outbox WHERE vacancy_id = ?1 AND kind || '' = 'alert' AND status IN ('sent', 'delivered')),
             (SELECT count(*) FROM outbox WHERE vacancy_id = ?1 AND kind || '' = 'alert' AND status = 'delivered'),
             (SELECT count(*) FROM interests WHERE vacancy_id = ?1),
             (SELECT count(*) FROM outbox WHERE vacancy_id = ?1 AND kind || '' = 'alert' AND status IN ('queued', 'sending', 'unconfirmed')),
             (SELECT count(*) FROM alerts WHERE vacancy_id = ?1 AND status = 'expired'),
             (SELECT count(*) FROM outbox WHERE vacancy_id = ?1 AND kind || '' = 'alert' AND status = 'unknown')""";
}
