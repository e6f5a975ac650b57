-- V11: the dashboard's per-route figures for today (issue 18). Rows are found by when they were
-- sent, then grouped by route: a partial index, so rows not sent yet (queued, expired) stay out
-- of it and a message touches it once, when it is sent (status changes do not).
CREATE INDEX outbox_sent_by_route ON outbox (sent_at, route) WHERE sent_at IS NOT NULL;
