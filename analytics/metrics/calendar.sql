-- Calendar: the frame every metric shares. `as_of` is the newest event's ts (never the time the
-- snapshot is computed) and `first_event` the oldest. `calendar` holds every ISO week (Monday
-- 00:00 UTC to the next Monday 00:00 UTC) from the first event's week to as_of's week; a week
-- is complete when its end is at or before as_of, otherwise `partial`. `last_complete_week` is
-- the newest complete week (NULL when none is complete): alerts, search trends and the
-- per-plugin "last week" figures all use it. `plugins` is every plugin id any event names.
-- Runs after the events are loaded into the table `events` (ts: TIMESTAMP holding UTC), before
-- the metric files.
CREATE OR REPLACE TEMP VIEW bounds AS
SELECT max(ts) AS as_of, min(ts) AS first_event FROM events;

CREATE OR REPLACE TEMP TABLE calendar AS
SELECT
  strftime(start, '%G-W%V') AS week,
  start,
  start + INTERVAL 7 DAY > as_of AS partial
FROM (
  SELECT unnest(generate_series(date_trunc('week', first_event), date_trunc('week', as_of), INTERVAL 7 DAY)) AS start, as_of
  FROM bounds
);

CREATE OR REPLACE TEMP VIEW last_complete_week AS
SELECT max(start) FILTER (WHERE NOT partial) AS start FROM calendar;

CREATE OR REPLACE TEMP TABLE plugins AS
SELECT DISTINCT plugin FROM events WHERE plugin IS NOT NULL;
