-- V3: vacancies and alerts. Fan-out progress lives on the vacancy so a restart resumes it:
-- fanout_state 'idle' (nothing to do), 'pending' (alerts to write from fanout_cursor on), 'done'.
ALTER TABLE vacancies ADD COLUMN fanout_state TEXT NOT NULL DEFAULT 'idle'
  CHECK (fanout_state IN ('idle', 'pending', 'done'));
ALTER TABLE vacancies ADD COLUMN fanout_cursor BIGINT NOT NULL DEFAULT 0;
CREATE INDEX vacancies_fanout ON vacancies (fanout_state, status);
CREATE INDEX vacancies_closing ON vacancies (status, closing_date);

-- When an alert is due to leave (epoch ms): the daily cap counts alerts per subscriber and day.
ALTER TABLE alerts ADD COLUMN due_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX alerts_by_subscriber_due ON alerts (subscriber_id, due_at);
