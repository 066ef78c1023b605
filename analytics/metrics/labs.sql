-- Lab completion, one row for every lab named by a `lab_started` or `lab_completed` event.
-- started is the number of distinct users with `lab_started` or `lab_completed` for the lab
-- (finishing implies starting, even if the start was not recorded); completed is the number of
-- distinct users with `lab_completed`; completionRate is completed ÷ started, NULL when nobody
-- started. Most started first, ties alphabetical.
WITH per_lab AS (
  SELECT lab,
    count(DISTINCT "user") AS started,
    count(DISTINCT "user") FILTER (WHERE event = 'lab_completed') AS completed
  FROM events WHERE event IN ('lab_started', 'lab_completed')
  GROUP BY lab
)
SELECT lab,
  CAST(started AS INTEGER) AS started,
  CAST(completed AS INTEGER) AS completed,
  CASE WHEN started = 0 THEN NULL ELSE CAST(completed AS DOUBLE) / started END AS "completionRate"
FROM per_lab
ORDER BY started DESC, lab;
