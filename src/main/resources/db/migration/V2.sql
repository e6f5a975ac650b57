-- V2: delivery engine. Delivery status changes reach the alert that points at an outbox row.
CREATE INDEX alerts_by_outbox ON alerts (outbox_id);
