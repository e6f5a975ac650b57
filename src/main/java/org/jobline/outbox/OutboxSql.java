package org.jobline.outbox;

import org.jobline.store.Dialect;

/** SQL text of the outbox. */
final class OutboxSql {
  private OutboxSql() {}

  static final String INSERT = """
      INSERT INTO outbox (recipient, subscriber_id, vacancy_id, text, language, kind, priority, status,
                          encoding, segments, cost, not_before, expires_at, next_attempt_at, currency)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?)""";

  /**
   * Takes due rows in one statement: replies and confirmations first (the sub-select follows the
   * outbox_due index order), marks them 'sending' and counts the attempt. RETURNING order is
   * arbitrary: the caller sorts. Each row comes back as one JSON array ({@link ClaimedRow}): one
   * value to fetch per row instead of eight, each a call into the driver's native code.
   */
  static final String CLAIM = Dialect.sql("""
      UPDATE outbox SET status = 'sending', attempts = attempts + 1, route = ?, updated_at = ?
      WHERE id IN (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ?
                   ORDER BY priority DESC, next_attempt_at LIMIT ?)
      RETURNING json_array(id, recipient, text, segments, priority, attempts, expires_at, vacancy_id)""",
      // several connections and nodes claim at once: each takes rows no other claim holds. The rows are picked
      // once (a MATERIALIZED CTE): as "id IN (sub-select)" PostgreSQL ran the sub-select again for each row of a
      // nested loop, skipping the rows this statement had just updated, and claimed every due row past the LIMIT.
      """
      WITH due AS MATERIALIZED (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ?3
                   ORDER BY priority DESC, next_attempt_at LIMIT ?4 FOR UPDATE SKIP LOCKED)
      UPDATE outbox SET status = 'sending', attempts = attempts + 1, route = ?1, updated_at = ?2
      FROM due WHERE outbox.id = due.id
      RETURNING json_build_array(outbox.id, recipient, text, segments, priority, attempts, expires_at, vacancy_id)""");

  /** The same during quiet hours: alerts (priority 0) wait. */
  static final String CLAIM_NO_ALERTS = Dialect.sql("""
      UPDATE outbox SET status = 'sending', attempts = attempts + 1, route = ?, updated_at = ?
      WHERE id IN (SELECT id FROM outbox WHERE status = 'queued' AND priority > 0 AND kind <> 'alert'
                   AND next_attempt_at <= ? ORDER BY priority DESC, next_attempt_at LIMIT ?)
      RETURNING json_array(id, recipient, text, segments, priority, attempts, expires_at, vacancy_id)""", """
      WITH due AS MATERIALIZED (SELECT id FROM outbox WHERE status = 'queued' AND priority > 0 AND kind <> 'alert'
                   AND next_attempt_at <= ?3 ORDER BY priority DESC, next_attempt_at LIMIT ?4 FOR UPDATE SKIP LOCKED)
      UPDATE outbox SET status = 'sending', attempts = attempts + 1, route = ?1, updated_at = ?2
      FROM due WHERE outbox.id = due.id
      RETURNING json_build_array(outbox.id, recipient, text, segments, priority, attempts, expires_at, vacancy_id)""");

  /**
   * A claim narrowed to the rows routing gives one route ({@code filter}: " AND ..." built from
   * checked kind names and prefixes), writing that route's cost (segments x cost per segment).
   */
  static String routed(String claim, String filter, Double costPerSegment) {
    String sql = filter.isEmpty() ? claim : claim.replace(" ORDER BY priority DESC", filter + " ORDER BY priority DESC");
    // "route = ?, " on SQLite, "route = ?1, " in PostgreSQL's text
    return costPerSegment == null ? sql : sql.replaceFirst("route = \\?(1?), ",
        "route = ?$1, cost = segments * " + java.math.BigDecimal.valueOf(costPerSegment).toPlainString() + ", ");
  }

  /** An expired row was never tried: its claim does not count as an attempt. */
  static final String UNCOUNT_ATTEMPT = "UPDATE outbox SET attempts = attempts - 1 WHERE id = ?";

  /**
   * Accepted by the aggregator: its id and answer are kept on the row (no delivery_events row, V6).
   * One statement for a flush's rows with the same answer: ?2 is a JSON object of outbox id to
   * provider id, ?3 the answer, ?1 the time ({@link AcceptedRows}).
   */
  static final String MARK_SENT = Dialect.sql("""
      UPDATE outbox SET status = 'sent', provider_id = j.value, sent_status = ?3, sent_at = ?1,
                        last_error = NULL, updated_at = ?1
      FROM json_each(?2) AS j WHERE outbox.id = j.key""", """
      UPDATE outbox SET status = 'sent', provider_id = j.value, sent_status = ?3, sent_at = ?1,
                        last_error = NULL, updated_at = ?1
      FROM json_each_text(CAST(?2 AS json)) AS j WHERE outbox.id = CAST(j.key AS BIGINT)""");

  /** The alerts of a flush's accepted rows: ?1 is a JSON array of outbox ids. */
  static final String ALERTS_SENT = Dialect.sql(
      "UPDATE alerts SET status = 'sent' WHERE outbox_id IN (SELECT value FROM json_each(?1))",
      "UPDATE alerts SET status = 'sent' WHERE outbox_id IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(?1 AS json)))");

  static final String MARK_RETRY =
      "UPDATE outbox SET status = 'queued', next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?";

  /** For 'failed' and 'expired'. */
  static final String MARK_FINAL = "UPDATE outbox SET status = ?, last_error = ?, updated_at = ? WHERE id = ?";

  /** Gives back a claimed row that was never sent (breaker opened, dispatcher stopped). */
  static final String RELEASE = """
      UPDATE outbox SET status = 'queued', attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, updated_at = ?
      WHERE id = ? AND status = 'sending'""";

  /**
   * A crash left these rows claimed: their request may have reached the route. They wait for a
   * delivery report from the time of their claim (issue 25), never sent again at once.
   */
  static final String RECOVER_EVENTS = """
      INSERT INTO delivery_events (outbox_id, status, reason, created_at)
      SELECT id, 'unconfirmed', 'was being sent when the gateway stopped: waiting for a delivery report', ?
      FROM outbox WHERE status = 'sending'""";

  static final String RECOVER = """
      UPDATE outbox SET status = 'unconfirmed', unconfirmed_at = updated_at, updated_at = ? WHERE status = 'sending'""";

  /**
   * PostgreSQL (several nodes): only rows claimed before ?2 (now minus outbox.claimLeaseSeconds) are
   * taken back, by whichever node sweeps first (SKIP LOCKED), each with its event; ?1 is now. A live
   * node saves its outcomes well within the lease; a dead node's rows wait the lease, then become
   * unconfirmed from their claim's time like a restart's. The statement's count is the rows taken.
   */
  static final String RECOVER_LEASE_OVER = """
      WITH taken AS (
        UPDATE outbox SET status = 'unconfirmed', unconfirmed_at = updated_at, updated_at = ?1
        FROM (SELECT id FROM outbox WHERE status = 'sending' AND updated_at < ?2 FOR UPDATE SKIP LOCKED) AS over
        WHERE outbox.id = over.id
        RETURNING outbox.id)
      INSERT INTO delivery_events (outbox_id, status, reason, created_at)
      SELECT id, 'unconfirmed', 'claimed by a node that did not save its outcome within outbox.claimLeaseSeconds: '
                               || 'waiting for a delivery report', ?1 FROM taken""";

  /** A request written (or maybe written) without an answer: ?1 attempt time, ?2 reason, ?3 now, ?4 id. */
  static final String MARK_UNCONFIRMED = """
      UPDATE outbox SET status = 'unconfirmed', unconfirmed_at = ?, last_error = ?, updated_at = ? WHERE id = ?""";

  /** Unconfirmed rows of one route (the cap on messages in flight and unanswered), over outbox_unconfirmed. */
  static final String UNCONFIRMED_COUNT = "SELECT COUNT(*) FROM outbox WHERE status = 'unconfirmed' AND route = ?";

  static final String EVENT = """
      INSERT INTO delivery_events (outbox_id, status, provider_status, reason, created_at) VALUES (?, ?, ?, ?, ?)""";

  static final String ALERT_STATUS = "UPDATE alerts SET status = ? WHERE outbox_id = ?";

  /** One count per partial index (outbox_due, outbox_sending, outbox_unconfirmed): no scan of the whole table. */
  static final String DEPTH = """
      SELECT (SELECT COUNT(*) FROM outbox WHERE status = 'queued') + (SELECT COUNT(*) FROM outbox WHERE status = 'sending')
           + (SELECT COUNT(*) FROM outbox WHERE status = 'unconfirmed')""";

  static final String BY_PROVIDER_ID = "SELECT id, status, recipient FROM outbox WHERE provider_id = ?";

  /** A delivery report moves a row only forwards: a final status is never changed again. */
  static final String REPORT = """
      UPDATE outbox SET status = ?, last_error = COALESCE(?, last_error), updated_at = ?
      WHERE id = ? AND status IN ('sending', 'sent', 'unconfirmed')""";

  /** Skips a report identical to the last one kept for that row (aggregators repeat themselves). */
  static final String REPORT_EVENT = """
      INSERT INTO delivery_events (outbox_id, status, provider_status, reason, created_at)
      SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (
        SELECT 1 FROM delivery_events WHERE outbox_id = ? AND status = ? AND provider_status IS NOT DISTINCT FROM ? AND reason IS NOT DISTINCT FROM ?)""";

  /**
   * Per route: messages it had accepted since ?1 (start of the local day) and their cost, and the
   * rows it holds in flight. created_at >= ?2 (two days before) lets the (kind, created_at) index
   * narrow the scan: a message is sent within its expiry, well under a day for alerts.
   */
  static final String ROUTE_TODAY = """
      SELECT route, COUNT(*), COALESCE(SUM(cost), 0) FROM outbox
      WHERE kind IN ('reply', 'confirmation', 'alert') AND created_at >= ?2 AND sent_at >= ?1 GROUP BY route""";

  static final String ROUTE_IN_HAND = "SELECT route, COUNT(*) FROM outbox WHERE status = 'sending' GROUP BY route";

  static final String BY_ID = "SELECT id, status, recipient FROM outbox WHERE id = ?";

  /** A delivery report proves an unconfirmed message reached the route: ?1 provider id, ?2 its status, ?3 now, ?4 id. */
  static final String CONFIRM = """
      UPDATE outbox SET status = 'sent', provider_id = COALESCE(provider_id, ?1), sent_status = ?2, sent_at = ?3,
                        last_error = NULL, updated_at = ?3
      WHERE id = ?4 AND status = 'unconfirmed'""";

  /**
   * The unconfirmed message a report for an unknown id confirms, by route and phone number: the
   * oldest attempt made before the report came (?3, with a few seconds for clocks), over outbox_unconfirmed.
   */
  static final String UNCONFIRMED_FOR_PHONE = """
      SELECT id FROM outbox WHERE status = 'unconfirmed' AND route = ? AND recipient = ? AND unconfirmed_at <= ?
      ORDER BY unconfirmed_at, id LIMIT 1""";

  /**
   * Unconfirmed messages whose confirm wait is over (?1 the cutoff), at most ?2. The wait counts
   * from when the row became unconfirmed (updated_at: the attempt's timeout, or the restart after a
   * crash, or another node taking it back after the claim lease), not from the attempt: reports the
   * aggregator posted while the gateway was down come with its retries after the restart, and a long
   * stop must not use up their wait (bench/crash). On PostgreSQL the rows stay locked until the
   * decision commits: a report another node applies meanwhile waits, or is seen and wins.
   */
  static final String CONFIRM_WAIT_OVER = Dialect.sql("""
      SELECT id, kind FROM outbox WHERE status = 'unconfirmed' AND updated_at < ?1 ORDER BY unconfirmed_at LIMIT ?2""", """
      SELECT id, kind FROM outbox WHERE status = 'unconfirmed' AND updated_at < ?1 ORDER BY unconfirmed_at LIMIT ?2
      FOR UPDATE SKIP LOCKED""");

  /** Sent again after the confirm wait: ?1 reason, ?2 now, ?3 id. */
  static final String RESEND = """
      UPDATE outbox SET status = 'queued', next_attempt_at = ?2, unconfirmed_at = NULL, last_error = ?1, updated_at = ?2
      WHERE id = ?3 AND status = 'unconfirmed'""";

  /** Sent messages whose final report never came (?1 the cutoff, over outbox_awaiting_report), at most ?2. */
  static final String REPORT_WAIT_OVER = Dialect.sql("""
      SELECT id FROM outbox WHERE status = 'sent' AND sent_at < ?1 ORDER BY sent_at LIMIT ?2""", """
      SELECT id FROM outbox WHERE status = 'sent' AND sent_at < ?1 ORDER BY sent_at LIMIT ?2 FOR UPDATE SKIP LOCKED""");
}
