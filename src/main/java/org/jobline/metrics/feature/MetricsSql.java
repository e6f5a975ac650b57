package org.jobline.metrics.feature;

/** The SQL the metrics read, in one place. */
final class MetricsSql {
  /**
   * The messages of one status (queued or sending) by kind: one status per query, so each reads only
   * its partial index (outbox_due, outbox_sending) and never scans the outbox's history.
   */
  static final String OUTBOX_DEPTH = "SELECT kind, COUNT(*) FROM outbox WHERE status = ? GROUP BY kind";

  private MetricsSql() {}
}
