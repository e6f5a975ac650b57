-- V4: admin page. Server-side sessions (the cookie carries a random id; only its SHA-256 is stored)
-- and indexes for the dashboard's per-day aggregates and the admin lists.
CREATE TABLE admin_sessions (
  id_hash     TEXT PRIMARY KEY,
  user_id     BIGINT NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
  csrf_token  TEXT NOT NULL,
  expires_at  BIGINT NOT NULL,
  created_at  BIGINT NOT NULL DEFAULT now_ms()
);
CREATE INDEX admin_sessions_by_expiry ON admin_sessions (expires_at);
CREATE INDEX subscribers_by_created ON subscribers (created_at);
CREATE INDEX outbox_by_kind_created ON outbox (kind, created_at, status);
CREATE INDEX outbox_by_status_updated ON outbox (status, updated_at);
CREATE INDEX interests_by_created ON interests (created_at);
CREATE INDEX vacancies_by_created ON vacancies (created_at);
CREATE INDEX audit_by_actor ON audit_log (actor, at);
