-- V12: who we reach and what happens after (issue 20). All of it optional for the job-seeker.
-- The optional profile answers live apart from the contact data (subscribers): one row per person who
-- was asked. consent: 'yes' (answering), 'later' (asked again at the next registration), 'never'
-- ("Jamais": never asked again, still editable from the profile menu). pending: the question an SMS
-- answer ("1", "2"...) goes to, null when none. An answer is a code (ProfileQuestions), null = not given.
CREATE TABLE profile_answers (
  subscriber_id INTEGER PRIMARY KEY REFERENCES subscribers(id) ON DELETE CASCADE,
  consent       TEXT NOT NULL CHECK (consent = 'yes' OR consent = 'later' OR consent = 'never'),
  age_band      TEXT,
  sex           TEXT,
  disability    TEXT,
  schooling     TEXT,
  pending       TEXT,
  updated_at    INTEGER NOT NULL
);

-- Outcome follow-ups: round 1, 2... of an interest (round 0: an answer given by USSD before any was sent), due followUp.days[round-1] days after it; sent_at
-- once queued (its SMS in outbox_id). answer: 'hired', 'interview', 'no_news', 'not_interested'; a
-- follow-up sent and never answered counts as "no answer". Staff statuses stay on interests.follow_up:
-- when the two disagree, both are kept.
CREATE TABLE followups (
  id            INTEGER PRIMARY KEY,
  interest_id   INTEGER NOT NULL REFERENCES interests(id) ON DELETE CASCADE,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id),
  vacancy_id    INTEGER NOT NULL REFERENCES vacancies(id),
  round         INTEGER NOT NULL CHECK (round >= 0),
  sent_at       INTEGER NOT NULL,
  outbox_id     INTEGER REFERENCES outbox(id),
  answer        TEXT CHECK (answer = 'hired' OR answer = 'interview' OR answer = 'no_news' OR answer = 'not_interested'),
  answered_at   INTEGER,
  channel       TEXT,
  UNIQUE (interest_id, round)
);
CREATE INDEX followups_by_subscriber ON followups (subscriber_id, sent_at);
CREATE INDEX interests_by_subscriber ON interests (subscriber_id, created_at);

-- Partner credit: a short referral code per partner (P12); a job-seeker who registers with it is
-- credited to that partner, once (the first code wins).
ALTER TABLE partners ADD COLUMN referral_code TEXT;
CREATE UNIQUE INDEX partners_by_referral_code ON partners (referral_code) WHERE referral_code IS NOT NULL;
CREATE TABLE referrals (
  subscriber_id INTEGER PRIMARY KEY REFERENCES subscribers(id) ON DELETE CASCADE,
  partner_id    INTEGER NOT NULL REFERENCES partners(id),
  channel       TEXT NOT NULL,
  created_at    INTEGER NOT NULL
);
CREATE INDEX referrals_by_partner ON referrals (partner_id, created_at);

-- Vacancy tags set by staff or the partner API, comma-separated: firstJob, accessible, womenEncouraged.
ALTER TABLE vacancies ADD COLUMN tags TEXT NOT NULL DEFAULT '';
