-- Week-over-week installs alerts, overall and for every plugin. current is the installs in the
-- last complete ISO week, previous the installs in the week before it; change is
-- (current − previous) ÷ previous, NULL when previous is 0. state is the first that applies:
-- no_data when previous = 0; low_volume when previous < 10; firing when change < −0.20, tested
-- exactly in whole numbers as 5 × current < 4 × previous, so a drop of exactly 20% does not
-- fire; ok otherwise. No rows when no week is complete yet.
WITH scopes AS (
  SELECT 'overall' AS scope, CAST(NULL AS VARCHAR) AS plugin, true AS overall
  UNION ALL
  SELECT plugin, plugin, false FROM plugins
),
counts AS (
  SELECT s.scope, s.overall, l.start,
    count(e.ts) FILTER (WHERE e.ts >= l.start AND e.ts < l.start + INTERVAL 7 DAY) AS current,
    count(e.ts) FILTER (WHERE e.ts >= l.start - INTERVAL 7 DAY AND e.ts < l.start) AS previous
  FROM scopes s
  CROSS JOIN last_complete_week l
  LEFT JOIN events e
    ON e.event = 'install' AND (s.overall OR e.plugin = s.plugin)
   AND e.ts >= l.start - INTERVAL 7 DAY AND e.ts < l.start + INTERVAL 7 DAY
  WHERE l.start IS NOT NULL
  GROUP BY ALL
)
SELECT
  scope,
  strftime(start, '%G-W%V') AS week,
  CAST(current AS INTEGER) AS current,
  CAST(previous AS INTEGER) AS previous,
  CASE WHEN previous = 0 THEN NULL ELSE CAST(current - previous AS DOUBLE) / previous END AS change,
  CASE
    WHEN previous = 0 THEN 'no_data'
    WHEN previous < 10 THEN 'low_volume'
    WHEN 5 * current < 4 * previous THEN 'firing'
    ELSE 'ok'
  END AS state
FROM counts
ORDER BY overall DESC, scope;
