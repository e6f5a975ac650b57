package org.jobline.alert;

import org.jobline.store.Dialect;
import org.jobline.vacancy.VacancyTag;

/** SQL text of matching, fan-out, pacing and expiry. */
final class AlertSql {
  private AlertSql() {}

  /**
   * One batch of matching subscribers not yet alerted for the vacancy, by id from a cursor. Starts
   * from subscriber_trades(trade, subscriber_id) (CROSS JOIN fixes the order on SQLite; its join term is in WHERE, as PostgreSQL wants for a CROSS JOIN), then subscribers by
   * primary key: no scan of subscribers. Also counts each one's alerts due today (the daily cap), and reads the
   * optional answers the vacancy's tags target (profile_answers by primary key). A vacancy abroad (its country,
   * the 7th parameter, not NULL) goes only to those who opted in to offers abroad.
   */
  static final String MATCH_BATCH = """
      SELECT s.id, s.phone, s.language,
             (SELECT count(*) FROM alerts d WHERE d.subscriber_id = s.id AND d.due_at >= ? AND d.due_at < ?) AS due_today,
             pa.age_band, pa.sex, pa.disability
      FROM subscriber_trades t CROSS JOIN subscribers s LEFT JOIN profile_answers pa ON pa.subscriber_id = s.id
      WHERE s.id = t.subscriber_id AND t.trade = ? AND t.subscriber_id > ? AND s.status = 'active' AND (s.region = ? OR s.region = '*')
        AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.subscriber_id = s.id AND a.vacancy_id = ?)
        AND (CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM abroad_optins o WHERE o.subscriber_id = s.id))
      ORDER BY t.subscriber_id LIMIT ?""";

  static final String COUNT_DUE = "SELECT count(*) FROM alerts WHERE subscriber_id = ? AND due_at >= ? AND due_at < ?";

  static final String ALERT_EXISTS = "SELECT 1 FROM alerts WHERE subscriber_id = ? AND vacancy_id = ?";

  static final String MAX_OUTBOX_ID = "SELECT COALESCE(MAX(id), 0) FROM outbox";

  /** One alert row per outbox row just queued for the vacancy (ids above the mark). */
  static final String LINK_ALERTS = Dialect.sql("""
      INSERT INTO alerts (subscriber_id, vacancy_id, outbox_id, status, due_at, created_at)
      SELECT o.subscriber_id, o.vacancy_id, o.id, 'queued', CASE WHEN o.not_before > ?1 THEN o.not_before ELSE ?1 END, ?2
      FROM outbox o WHERE o.id > ?3 AND o.vacancy_id = ?4
      ON CONFLICT (subscriber_id, vacancy_id) DO NOTHING""",
      // other nodes commit outbox rows meanwhile: only alerts count (an interest's reply carries the vacancy
      // too), and no other node writes this vacancy's alerts while this one holds its row (LOCK_VACANCY)
      """
      INSERT INTO alerts (subscriber_id, vacancy_id, outbox_id, status, due_at, created_at)
      SELECT o.subscriber_id, o.vacancy_id, o.id, 'queued', CASE WHEN o.not_before > ?1 THEN o.not_before ELSE ?1 END, ?2
      FROM outbox o WHERE o.id > ?3 AND o.vacancy_id = ?4 AND o.kind = 'alert'
      ON CONFLICT (subscriber_id, vacancy_id) DO NOTHING""");

  /** On PostgreSQL the vacancy's row stays locked until the batch commits: one node at a time moves its cursor. */
  static final String FANOUT_STATE = Dialect.sql("SELECT fanout_state, fanout_cursor FROM vacancies WHERE id = ?",
      "SELECT fanout_state, fanout_cursor FROM vacancies WHERE id = ? FOR UPDATE");

  /**
   * PostgreSQL: every writer of a vacancy's alerts (a fan-out batch, a welcome after registration, on
   * any node) holds the vacancy's row until it commits, so the MAX(id) mark and the check for alerts
   * already queued stay exact as with SQLite's single writer.
   */
  static final String LOCK_VACANCY = Dialect.sql("SELECT id FROM vacancies WHERE id = ?",
      "SELECT id FROM vacancies WHERE id = ? FOR UPDATE");

  /** Of ?2 (a JSON array of subscriber ids), those already alerted for vacancy ?1. */
  static final String ALREADY_ALERTED = Dialect.sql("""
      SELECT a.subscriber_id FROM alerts a
      WHERE a.vacancy_id = ?1 AND a.subscriber_id IN (SELECT value FROM json_each(?2))""", """
      SELECT a.subscriber_id FROM alerts a
      WHERE a.vacancy_id = ?1 AND a.subscriber_id IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(?2 AS json)))""");
  static final String SET_PROGRESS = "UPDATE vacancies SET fanout_state = ?, fanout_cursor = ? WHERE id = ?";
  static final String PENDING = """
      SELECT id FROM vacancies WHERE fanout_state = 'pending' AND status = 'open' ORDER BY opened_at DESC, id DESC""";

  /** Alerts whose SMS has not left yet (first, while the outbox rows are still queued). */
  static final String EXPIRE_ALERTS = """
      UPDATE alerts SET status = 'expired'
      WHERE vacancy_id = ? AND status IN ('pending', 'queued')
        AND (outbox_id IS NULL OR outbox_id IN (SELECT id FROM outbox WHERE vacancy_id = ? AND status = 'queued'))""";
  static final String EXPIRE_OUTBOX = """
      UPDATE outbox SET status = 'expired', updated_at = ?
      WHERE vacancy_id = ? AND kind = 'alert' AND status = 'queued'""";

  /**
   * Of a subscriber's alerts due in a day and not yet sent, the one that gives way first: an untargeted vacancy
   * before one whose tags target the person, then the oldest vacancy. Also says whether it is targeted.
   */
  static final String LOWEST_WAITING = """
      SELECT a.id, a.outbox_id, """ + VacancyTag.targetedSql("v", "pa") + """
       AS targeted FROM alerts a
        JOIN vacancies v ON v.id = a.vacancy_id
        JOIN outbox o ON o.id = a.outbox_id
        LEFT JOIN profile_answers pa ON pa.subscriber_id = a.subscriber_id
      WHERE a.subscriber_id = ? AND a.due_at >= ? AND a.due_at < ? AND o.status = 'queued'
      ORDER BY targeted, COALESCE(v.opened_at, v.created_at), v.id LIMIT 1""";
  static final String MOVE_ALERT = "UPDATE alerts SET due_at = ? WHERE id = ?";
  static final String MOVE_OUTBOX = """
      UPDATE outbox SET not_before = ?1, next_attempt_at = CASE WHEN next_attempt_at > ?2 THEN next_attempt_at ELSE ?2 END,
                        updated_at = ?3
      WHERE id = ?4 AND status = 'queued'""";
}
