-- V13: trust (issue 21 points 1 and 2): verified offers and scam reports.
-- A partner publishes directly only when trusted (set by an agency admin); partners that exist before this
-- migration keep publishing as before (trusted), new ones start untrusted. A suspended partner's API keys
-- and users are refused (suspended_at set).
ALTER TABLE partners ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0 CHECK (trusted IN (0, 1));
ALTER TABLE partners ADD COLUMN suspended_at INTEGER;
UPDATE partners SET trusted = 1;

-- An untrusted partner's "open" waits here for agency staff: the vacancy stays a draft (not alerted, not
-- listed) while state is 'pending'; 'validated' (staff opened it) or 'rejected' (with a reason).
CREATE TABLE vacancy_reviews (
  vacancy_id   INTEGER PRIMARY KEY REFERENCES vacancies(id),
  state        TEXT NOT NULL CHECK (state = 'pending' OR state = 'validated' OR state = 'rejected'),
  requested_by TEXT NOT NULL,
  requested_at INTEGER NOT NULL,
  decided_by   TEXT,
  decided_at   INTEGER,
  reason       TEXT
);
CREATE INDEX vacancy_reviews_by_state ON vacancy_reviews (state, requested_at);

-- SIGNALER / REPORT and the USSD item: one report per person and vacancy (a repeat changes nothing).
-- The reporter is a subscriber id, never a phone number.
CREATE TABLE scam_reports (
  id            INTEGER PRIMARY KEY,
  vacancy_id    INTEGER NOT NULL REFERENCES vacancies(id),
  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id),
  channel       TEXT NOT NULL,
  text          TEXT,
  created_at    INTEGER NOT NULL,
  UNIQUE (vacancy_id, subscriber_id)
);
CREATE INDEX scam_reports_by_time ON scam_reports (created_at);

-- A vacancy suspended by staff (closed, pending alerts cancelled); the row is written once, and the
-- correction SMS to the people already alerted go out with it, so a repeat sends nothing.
CREATE TABLE vacancy_suspensions (
  vacancy_id   INTEGER PRIMARY KEY REFERENCES vacancies(id),
  suspended_by TEXT NOT NULL,
  reason       TEXT,
  corrections  INTEGER NOT NULL DEFAULT 0,
  created_at   INTEGER NOT NULL
);
