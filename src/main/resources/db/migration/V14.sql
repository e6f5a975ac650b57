-- V14: jobs abroad and safe labour migration (issue 21 points 3-4).
-- A vacancy's country of work: an ISO 3166 alpha-2 code when abroad, NULL in the deployment's own country
-- (locale.country), so changing the deployment's country never turns old vacancies into offers abroad.
ALTER TABLE vacancies ADD COLUMN country TEXT;

-- Job-seekers who want offers abroad (off by default): one row per person who said yes.
CREATE TABLE abroad_optins (
  subscriber_id INTEGER PRIMARY KEY REFERENCES subscribers(id) ON DELETE CASCADE,
  channel       TEXT NOT NULL,
  created_at    INTEGER NOT NULL
);

-- Licensed private recruitment agencies (VERIF): seeded from config/recruiters.csv at start (a licence
-- already known, even removed, is left alone), added and removed by staff. name_key and licence_key are
-- folded (lower case, no accents, single spaces) for lookups; removed_at set = removed (kept for the audit).
CREATE TABLE recruiters (
  id          INTEGER PRIMARY KEY,
  licence     TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  contact     TEXT,
  licence_key TEXT NOT NULL,
  name_key    TEXT NOT NULL,
  source      TEXT NOT NULL CHECK (source = 'file' OR source = 'staff'),
  created_at  INTEGER NOT NULL,
  removed_at  INTEGER
);
CREATE INDEX recruiters_by_licence_key ON recruiters (licence_key);
