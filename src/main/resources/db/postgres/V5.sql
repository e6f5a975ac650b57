-- V5: cheaper status changes on the outbox (see db/migration/V5.sql): the indexes that find waiting,
-- in-flight and ended-badly rows hold only those rows (partial indexes, the same conditions).
DROP INDEX outbox_due;
CREATE INDEX outbox_due ON outbox (priority DESC, next_attempt_at) WHERE status = 'queued';
CREATE INDEX outbox_sending ON outbox (id) WHERE status = 'sending';
DROP INDEX outbox_by_status_updated;
CREATE INDEX outbox_ended_badly ON outbox (status, updated_at) WHERE status IN ('failed', 'expired');
DROP INDEX outbox_by_provider_id;
CREATE INDEX outbox_by_provider_id ON outbox (provider_id) WHERE provider_id IS NOT NULL;
DROP INDEX outbox_by_vacancy;
CREATE INDEX outbox_by_vacancy ON outbox (vacancy_id, status) WHERE vacancy_id IS NOT NULL;
DROP INDEX outbox_by_kind_created;
CREATE INDEX outbox_by_kind_created ON outbox (kind, created_at);
