-- V10: sending effectively once (issue 25; see db/migration/V10.sql). New statuses 'unconfirmed'
-- (outbox) and 'unknown' (outbox and alerts). SQLite rebuilds both tables to change their CHECK;
-- here the CHECK is replaced in place and the indexes stay.
ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
  CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'expired', 'unconfirmed', 'unknown'));
ALTER TABLE outbox ADD COLUMN unconfirmed_at BIGINT;

ALTER TABLE alerts DROP CONSTRAINT alerts_status_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_status_check
  CHECK (status IN ('pending', 'queued', 'sent', 'delivered', 'failed', 'expired', 'unknown'));

CREATE INDEX outbox_unconfirmed ON outbox (route, recipient, unconfirmed_at) WHERE status = 'unconfirmed';
CREATE INDEX outbox_awaiting_report ON outbox (sent_at) WHERE status = 'sent';

ALTER TABLE late_reports ADD COLUMN route TEXT;
ALTER TABLE late_reports ADD COLUMN phone TEXT;
ALTER TABLE late_reports ADD COLUMN message_id BIGINT;
