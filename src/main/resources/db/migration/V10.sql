-- V10: sending effectively once (issue 25). A message whose request was, or may have been, written
-- to the route but whose answer was not recorded (a crash, a timeout after the body went out) is
-- 'unconfirmed' from unconfirmed_at (the time of that attempt) until a delivery report confirms it
-- or outbox.confirmWaitMinutes pass; a message 'sent' that no final report reaches within
-- outbox.reportWaitHours ends 'unknown' (a final status; alerts too). Both tables are rebuilt to
-- change their CHECK (SQLite's 12-step procedure, as V7). A report kept for an unknown message id
-- keeps its route and phone number, to confirm an unconfirmed message by route, phone and time.
CREATE TABLE outbox_v10 (
  id              INTEGER PRIMARY KEY,
  recipient       TEXT NOT NULL,
  subscriber_id   INTEGER REFERENCES subscribers(id),
  vacancy_id      INTEGER REFERENCES vacancies(id),
  text            TEXT NOT NULL,
  language        TEXT NOT NULL DEFAULT 'fr',
  kind            TEXT NOT NULL CHECK (kind = 'alert' OR kind = 'reply' OR kind = 'confirmation'),
  priority        INTEGER NOT NULL DEFAULT 0,
  status          TEXT NOT NULL DEFAULT 'queued'
                  CHECK (status = 'queued' OR status = 'sending' OR status = 'sent' OR status = 'delivered'
                         OR status = 'failed' OR status = 'expired' OR status = 'unconfirmed' OR status = 'unknown'),
  encoding        TEXT,
  segments        INTEGER,
  cost            REAL,
  not_before      INTEGER NOT NULL DEFAULT 0,
  expires_at      INTEGER,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0,
  route           TEXT,
  provider_id     TEXT,
  last_error      TEXT,
  created_at      INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  updated_at      INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  currency        TEXT,
  sent_at         INTEGER,
  sent_status     TEXT,
  unconfirmed_at  INTEGER
);
INSERT INTO outbox_v10 (id, recipient, subscriber_id, vacancy_id, text, language, kind, priority, status, encoding,
                       segments, cost, not_before, expires_at, attempts, next_attempt_at, route, provider_id,
                       last_error, created_at, updated_at, currency, sent_at, sent_status)
SELECT id, recipient, subscriber_id, vacancy_id, text, language, kind, priority, status, encoding,
       segments, cost, not_before, expires_at, attempts, next_attempt_at, route, provider_id,
       last_error, created_at, updated_at, currency, sent_at, sent_status
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v10 RENAME TO outbox;
CREATE INDEX outbox_by_subscriber ON outbox (subscriber_id, created_at);
CREATE INDEX outbox_due ON outbox (priority DESC, next_attempt_at) WHERE status = 'queued';
CREATE INDEX outbox_sending ON outbox (id) WHERE status = 'sending';
CREATE INDEX outbox_ended_badly ON outbox (status, updated_at) WHERE status IN ('failed', 'expired');
CREATE INDEX outbox_by_provider_id ON outbox (provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX outbox_by_vacancy ON outbox (vacancy_id, status) WHERE vacancy_id IS NOT NULL;
CREATE INDEX outbox_by_kind_created ON outbox (kind, created_at);

CREATE TABLE alerts_v10 (
  id            INTEGER PRIMARY KEY,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id),
  vacancy_id    INTEGER NOT NULL REFERENCES vacancies(id),
  outbox_id     INTEGER REFERENCES outbox(id),
  status        TEXT NOT NULL DEFAULT 'pending'
                CHECK (status = 'pending' OR status = 'queued' OR status = 'sent' OR status = 'delivered'
                       OR status = 'failed' OR status = 'expired' OR status = 'unknown'),
  created_at    INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  due_at        INTEGER NOT NULL DEFAULT 0,
  UNIQUE (subscriber_id, vacancy_id)
);
INSERT INTO alerts_v10 (id, subscriber_id, vacancy_id, outbox_id, status, created_at, due_at)
SELECT id, subscriber_id, vacancy_id, outbox_id, status, created_at, due_at FROM alerts;
DROP TABLE alerts;
ALTER TABLE alerts_v10 RENAME TO alerts;
CREATE INDEX alerts_by_vacancy ON alerts (vacancy_id, status);
CREATE INDEX alerts_by_outbox ON alerts (outbox_id);
CREATE INDEX alerts_by_subscriber_due ON alerts (subscriber_id, due_at);
CREATE INDEX outbox_unconfirmed ON outbox (route, recipient, unconfirmed_at) WHERE status = 'unconfirmed';
CREATE INDEX outbox_awaiting_report ON outbox (sent_at) WHERE status = 'sent';

ALTER TABLE late_reports ADD COLUMN route TEXT;
ALTER TABLE late_reports ADD COLUMN phone TEXT;
ALTER TABLE late_reports ADD COLUMN message_id INTEGER;
