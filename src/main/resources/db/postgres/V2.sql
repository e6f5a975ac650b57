-- V2: delivery engine. Delivery status changes reach the alert that points at an outbox row.
CREATE INDEX alerts_by_outbox ON alerts (outbox_id);
-- The estimated cost of each message is in this currency (sms.currency when it was queued).
ALTER TABLE outbox ADD COLUMN currency TEXT;
