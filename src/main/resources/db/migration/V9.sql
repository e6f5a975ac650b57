-- V9: CSV imports kept in the database (issue 22 point 3), so a restart never leaves one silently
-- half-done: each valid row waits here (pending), is marked started just before its vacancy is
-- created, then done (with the vacancy's ref) or failed. A job still running when the gateway
-- stops reads 'interrupted' at the next start; its pending rows can be resumed, its started rows
-- (at most the few in flight) are shown to be checked by hand.
CREATE TABLE import_jobs (
  id          INTEGER PRIMARY KEY,
  token       TEXT NOT NULL UNIQUE,
  owner       TEXT NOT NULL,
  file_name   TEXT,
  publish     INTEGER NOT NULL DEFAULT 0 CHECK (publish IN (0, 1)),
  invalid     INTEGER NOT NULL DEFAULT 0,
  status      TEXT NOT NULL DEFAULT 'ready' CHECK (status IN ('ready', 'running', 'finished', 'interrupted')),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX import_jobs_by_status ON import_jobs (status);

CREATE TABLE import_rows (
  job_id       INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
  line         INTEGER NOT NULL,
  input        TEXT NOT NULL,
  state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'started', 'done', 'failed')),
  vacancy_ref  TEXT,
  PRIMARY KEY (job_id, line)
);
CREATE INDEX import_rows_by_state ON import_rows (job_id, state);

-- Staff follow up each interested job-seeker (issue 23): to call, called, interview, hired, not retained.
ALTER TABLE interests ADD COLUMN follow_up TEXT NOT NULL DEFAULT 'to_call'
  CHECK (follow_up IN ('to_call', 'called', 'interview', 'hired', 'not_retained'));
ALTER TABLE interests ADD COLUMN follow_up_at INTEGER;
ALTER TABLE interests ADD COLUMN follow_up_by TEXT;

-- Users page (issue 23): a disabled account cannot sign in (its sessions are closed, its hash kept
-- behind a prefix so re-enabling restores it); a reset or new account gets a one-time password that
-- must be changed at first sign-in (a row here until it is).
ALTER TABLE staff_users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
CREATE TABLE password_resets (
  user_id     INTEGER PRIMARY KEY REFERENCES staff_users(id) ON DELETE CASCADE,
  created_at  INTEGER NOT NULL,
  created_by  TEXT NOT NULL
);
