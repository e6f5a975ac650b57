-- V8: a delivery report for a message id not saved yet (it can overtake its send's group commit)
-- waits here instead of in memory, so a restart does not lose it. Applied once a sent message
-- carries its id; dropped after a day.
CREATE TABLE late_reports (
  id               INTEGER PRIMARY KEY,
  provider_id      TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status = 'sent' OR status = 'delivered' OR status = 'failed'),
  provider_status  TEXT,
  reason           TEXT,
  stops_subscriber INTEGER NOT NULL DEFAULT 0 CHECK (stops_subscriber IN (0, 1)),
  received_at      INTEGER NOT NULL
);
CREATE INDEX late_reports_by_provider_id ON late_reports (provider_id);
CREATE INDEX late_reports_by_time ON late_reports (received_at);
