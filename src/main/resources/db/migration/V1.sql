-- V1: first schema. Times are epoch milliseconds (INTEGER), dates are 'YYYY-MM-DD' (TEXT).

CREATE TABLE app_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE partners (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind       TEXT NOT NULL DEFAULT 'other',
  created_at INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
);

CREATE TABLE partner_api_keys (
  id          INTEGER PRIMARY KEY,
  partner_id  INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  key_prefix  TEXT NOT NULL,
  key_hash    TEXT NOT NULL UNIQUE,
  created_at  INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  revoked_at  INTEGER
);

-- region is a region code, or '*' for "all regions".
CREATE TABLE subscribers (
  id         INTEGER PRIMARY KEY,
  phone      TEXT NOT NULL UNIQUE,
  region     TEXT,
  language   TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'stopped')),
  channel    TEXT CHECK (channel IN ('ussd', 'sms', 'admin', 'import')),
  created_at INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  updated_at INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
);

-- Up to 3 trades per subscriber; (trade, subscriber_id) serves matching without a scan.
CREATE TABLE subscriber_trades (
  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
  trade         TEXT NOT NULL,
  PRIMARY KEY (subscriber_id, position),
  UNIQUE (subscriber_id, trade)
);
CREATE INDEX subscriber_trades_by_trade ON subscriber_trades (trade, subscriber_id);
CREATE INDEX subscribers_by_region ON subscribers (region, status);

CREATE TABLE vacancies (
  id           INTEGER PRIMARY KEY,
  ref          TEXT NOT NULL UNIQUE,
  title        TEXT NOT NULL,
  description  TEXT,
  trade        TEXT NOT NULL,
  region       TEXT NOT NULL,
  place        TEXT,
  employer     TEXT NOT NULL,
  contact      TEXT,
  partner_id   INTEGER REFERENCES partners(id),
  positions    INTEGER NOT NULL DEFAULT 1 CHECK (positions > 0),
  closing_date TEXT,
  status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  opened_at    INTEGER,
  closed_at    INTEGER,
  created_at   INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  updated_at   INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
);
CREATE INDEX vacancies_by_status ON vacancies (status, region, trade);
CREATE INDEX vacancies_by_partner ON vacancies (partner_id, status);

CREATE TABLE staff_users (
  id             INTEGER PRIMARY KEY,
  username       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash  TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'partner')),
  partner_id     INTEGER REFERENCES partners(id),
  language       TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  failed_logins  INTEGER NOT NULL DEFAULT 0,
  locked_until   INTEGER,
  created_at     INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK (role <> 'partner' OR partner_id IS NOT NULL)
);

-- Every SMS we send. Nothing is sent except through this table.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  recipient       TEXT NOT NULL,
  subscriber_id   INTEGER REFERENCES subscribers(id),
  vacancy_id      INTEGER REFERENCES vacancies(id),
  text            TEXT NOT NULL,
  language        TEXT NOT NULL DEFAULT 'fr',
  kind            TEXT NOT NULL CHECK (kind IN ('alert', 'reply', 'confirmation')),
  priority        INTEGER NOT NULL DEFAULT 0,
  status          TEXT NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'expired')),
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
  updated_at      INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
);
CREATE INDEX outbox_due ON outbox (status, priority DESC, next_attempt_at);
CREATE INDEX outbox_by_provider_id ON outbox (provider_id);
CREATE INDEX outbox_by_vacancy ON outbox (vacancy_id, status);
CREATE INDEX outbox_by_subscriber ON outbox (subscriber_id, created_at);

CREATE TABLE delivery_events (
  id              INTEGER PRIMARY KEY,
  outbox_id       INTEGER NOT NULL REFERENCES outbox(id),
  status          TEXT NOT NULL,
  provider_status TEXT,
  reason          TEXT,
  created_at      INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
);
CREATE INDEX delivery_events_by_outbox ON delivery_events (outbox_id);

-- One alert per person and vacancy, ever.
CREATE TABLE alerts (
  id            INTEGER PRIMARY KEY,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id),
  vacancy_id    INTEGER NOT NULL REFERENCES vacancies(id),
  outbox_id     INTEGER REFERENCES outbox(id),
  status        TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'queued', 'sent', 'delivered', 'failed', 'expired')),
  created_at    INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  UNIQUE (subscriber_id, vacancy_id)
);
CREATE INDEX alerts_by_vacancy ON alerts (vacancy_id, status);

-- Inbound messages: the UNIQUE pair makes an aggregator's retried callback a no-op.
CREATE TABLE inbound_messages (
  id          INTEGER PRIMARY KEY,
  provider    TEXT NOT NULL,
  provider_id TEXT NOT NULL,
  phone       TEXT NOT NULL,
  text        TEXT NOT NULL,
  answered    INTEGER NOT NULL DEFAULT 1,
  received_at INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  UNIQUE (provider, provider_id)
);
CREATE INDEX inbound_by_phone ON inbound_messages (phone, received_at);

CREATE TABLE interests (
  id            INTEGER PRIMARY KEY,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id),
  vacancy_id    INTEGER NOT NULL REFERENCES vacancies(id),
  channel       TEXT NOT NULL CHECK (channel IN ('ussd', 'sms', 'admin')),
  created_at    INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  UNIQUE (subscriber_id, vacancy_id)
);
CREATE INDEX interests_by_vacancy ON interests (vacancy_id);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT,
  entity_id TEXT,
  detail    TEXT
);
CREATE INDEX audit_by_time ON audit_log (at);
