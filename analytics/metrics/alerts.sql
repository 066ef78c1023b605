-- Week-over-week installs alerts, overall and for every plugin. current is the installs in the
-- last complete ISO week, previous the installs in the week before it; change is
-- (current − previous) ÷ previous, NULL when previous is 0. state is the first that applies:
-- no_data when previous = 0; low_volume when previous < alert_min_previous_installs; firing when
-- change < alert_firing_change, compared in exact decimals (current − previous <
-- alert_firing_change × previous), so a drop of exactly the threshold does not fire; ok
-- otherwise. The thresholds are DuckDB variables, set from src/analytics/alert-policy.ts. No rows when no week is complete yet.
WITH installs AS (
  -- Installs per plugin in the last complete week (current) and the week before (previous).
  SELECT e.plugin,
    count(*) FILTER (WHERE e.ts >= l.start) AS current,
    count(*) FILTER (WHERE e.ts < l.start) AS previous
  FROM events e, last_complete_week l
  WHERE e.event = 'install' AND e.ts >= l.start - INTERVAL 7 DAY AND e.ts < l.start + INTERVAL 7 DAY
  GROUP BY e.plugin
),
counts AS (
  SELECT 'overall' AS scope, true AS overall, l.start, coalesce(sum(i.current), 0) AS current, coalesce(sum(i.previous), 0) AS previous
  FROM last_complete_week l LEFT JOIN installs i ON true
  WHERE l.start IS NOT NULL
  GROUP BY l.start
  UNION ALL
  SELECT p.plugin, false, l.start, coalesce(i.current, 0), coalesce(i.previous, 0)
  FROM plugins p CROSS JOIN last_complete_week l LEFT JOIN installs i ON i.plugin = p.plugin
  WHERE l.start IS NOT NULL
)
SELECT
  scope,
  strftime(start, '%G-W%V') AS week,
  CAST(current AS INTEGER) AS current,
  CAST(previous AS INTEGER) AS previous,
  CASE WHEN previous = 0 THEN NULL ELSE CAST(current - previous AS DOUBLE) / previous END AS change,
  CASE
    WHEN previous = 0 THEN 'no_data'
    WHEN previous < getvariable('alert_min_previous_installs') THEN 'low_volume'
    WHEN CAST(current - previous AS DECIMAL(18, 6)) < getvariable('alert_firing_change') * previous THEN 'firing'
    ELSE 'ok'
  END AS state
FROM counts
ORDER BY overall DESC, scope;
