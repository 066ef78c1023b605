-- Install cohorts over (user, plugin) pairs, overall and for every plugin. A pair's cohort is
-- the ISO week of its first `install`; size is the number of pairs in the cohort. retention[k]
-- is the share of the cohort's pairs with at least one `plugin_active` for that pair in week
-- cohort + k, for k from 0 to as_of's week. retention[0] is 1 by definition (the install week);
-- retention[k] for k ≥ 1 is NULL while week cohort + k is not complete, so the current
-- partial week is never read as a drop. Activity before the cohort week is ignored.
WITH first_installs AS (
  SELECT "user", plugin, date_trunc('week', min(ts)) AS cohort_start
  FROM events WHERE event = 'install' GROUP BY ALL
),
scoped AS (
  SELECT 'overall' AS scope, true AS overall, * FROM first_installs
  UNION ALL
  SELECT plugin, false, * FROM first_installs
),
active_weeks AS (
  SELECT DISTINCT "user", plugin, date_trunc('week', ts) AS start FROM events WHERE event = 'plugin_active'
),
sizes AS (
  SELECT scope, overall, cohort_start, count(*) AS size FROM scoped GROUP BY ALL
),
active AS (
  SELECT s.scope, s.cohort_start, a.start, count(*) AS pairs
  FROM scoped s JOIN active_weeks a ON a."user" = s."user" AND a.plugin = s.plugin AND a.start >= s.cohort_start
  GROUP BY ALL
),
cells AS (
  SELECT z.scope, z.overall, z.cohort_start, z.size, c.partial,
    CAST(datediff('day', z.cohort_start, c.start) / 7 AS INTEGER) AS k,
    coalesce(a.pairs, 0) AS pairs
  FROM sizes z
  JOIN calendar c ON c.start >= z.cohort_start
  LEFT JOIN active a ON a.scope = z.scope AND a.cohort_start = z.cohort_start AND a.start = c.start
)
SELECT
  scope,
  strftime(cohort_start, '%G-W%V') AS cohort,
  strftime(cohort_start, '%Y-%m-%d') AS start,
  CAST(size AS INTEGER) AS size,
  list(CASE WHEN k = 0 THEN 1.0 WHEN partial THEN NULL ELSE CAST(pairs AS DOUBLE) / size END ORDER BY k) AS retention
FROM cells
GROUP BY scope, overall, cohort_start, size
ORDER BY overall DESC, scope, cohort_start;
