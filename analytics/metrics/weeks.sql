-- Weekly activity: one row for every ISO week (Monday 00:00 UTC) from the first event's week to
-- as_of's week, with `partial` true while the week has not ended by as_of. activeDevelopers is
-- the number of distinct users with at least one event of any kind in the week; installs and
-- searches count `install` and `search` events. A search is converted when at least one
-- `install` carries its search_id with a ts from the search's ts to conversion_window_hours
-- after it, both ends included: an install exactly at the window's end converts it, one a
-- second later does not, and one before the search does not (the window is a DuckDB variable,
-- set from src/analytics/metric-parameters.ts). searchConversion is converted searches ÷ searches of the week
-- (the week of the search, not of the install), NULL when the week has no searches.
WITH searches AS (
  SELECT
    s.ts,
    EXISTS (
      SELECT 1 FROM events i
      WHERE i.event = 'install' AND i.search_id = s.search_id
        AND i.ts BETWEEN s.ts AND s.ts + to_hours(getvariable('conversion_window_hours'))
    ) AS converted
  FROM events s
  WHERE s.event = 'search'
),
activity AS (
  SELECT date_trunc('week', ts) AS start, count(DISTINCT "user") AS active, count(*) FILTER (WHERE event = 'install') AS installs
  FROM events GROUP BY 1
),
search_weeks AS (
  SELECT date_trunc('week', ts) AS start, count(*) AS searches, count(*) FILTER (WHERE converted) AS converted
  FROM searches GROUP BY 1
)
SELECT
  c.week,
  strftime(c.start, '%Y-%m-%d') AS start,
  c.partial,
  CAST(coalesce(a.active, 0) AS INTEGER) AS "activeDevelopers",
  CAST(coalesce(a.installs, 0) AS INTEGER) AS installs,
  CAST(coalesce(s.searches, 0) AS INTEGER) AS searches,
  CASE WHEN coalesce(s.searches, 0) = 0 THEN NULL ELSE CAST(s.converted AS DOUBLE) / s.searches END AS "searchConversion"
FROM calendar c
LEFT JOIN activity a ON a.start = c.start
LEFT JOIN search_weeks s ON s.start = c.start
ORDER BY c.start;
