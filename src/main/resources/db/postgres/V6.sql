-- V6: when the aggregator accepted a message, and what it answered ("101 Success"), kept on the
-- row itself (see db/migration/V6.sql).
ALTER TABLE outbox ADD COLUMN sent_at BIGINT;
ALTER TABLE outbox ADD COLUMN sent_status TEXT;
-- Rows sent before V6: their acceptance is in delivery_events; copy it over.
UPDATE outbox SET (sent_at, sent_status) = (
  SELECT e.created_at, e.provider_status FROM delivery_events e
  WHERE e.outbox_id = outbox.id AND e.status = 'sent' ORDER BY e.id DESC LIMIT 1)
WHERE provider_id IS NOT NULL;
