package org.jobline.metrics.feature;

/** The SQL the metrics read, in one place. */
final class MetricsSql {
  /** The messages not yet at a final status, by status and kind (the partial indexes keep this short). */
  static final String OUTBOX_DEPTH = "SELECT status, kind, COUNT(*) FROM outbox"
      + " WHERE status = 'queued' OR status = 'sending' OR status = 'sent' GROUP BY status, kind";

  private MetricsSql() {}
}
