-- Adoption funnel over (user, plugin) pairs, overall and for every plugin. A pair is viewed
-- when its first `listing_view` is at or before as_of − funnel_lookback_days (the install
-- window plus the retention period, so every counted pair has had its full chance; a pair first
-- viewed a day later is not counted yet). It is installed when it has an `install` from its
-- first view to install_window_days after it, both ends included; the earliest such install is
-- its install time (an install before the first view does not count). It is retained when it
-- has a `plugin_active` at or after install time + retention_days. Scope `overall` counts every
-- pair once. The day counts are DuckDB variables, set from src/analytics/metric-parameters.ts.
WITH first_views AS (
  SELECT "user", plugin, min(ts) AS viewed_at FROM events WHERE event = 'listing_view' GROUP BY ALL
),
viewed AS (
  SELECT f.* FROM first_views f, bounds b WHERE f.viewed_at <= b.as_of - to_days(getvariable('funnel_lookback_days'))
),
installed AS (
  SELECT v."user", v.plugin, min(i.ts) AS installed_at
  FROM viewed v JOIN events i
    ON i.event = 'install' AND i."user" = v."user" AND i.plugin = v.plugin
   AND i.ts BETWEEN v.viewed_at AND v.viewed_at + to_days(getvariable('install_window_days'))
  GROUP BY ALL
),
retained AS (
  SELECT DISTINCT n."user", n.plugin
  FROM installed n JOIN events a
    ON a.event = 'plugin_active' AND a."user" = n."user" AND a.plugin = n.plugin
   AND a.ts >= n.installed_at + to_days(getvariable('retention_days'))
),
pairs AS (
  SELECT v.plugin, n."user" IS NOT NULL AS installed, r."user" IS NOT NULL AS retained
  FROM viewed v
  LEFT JOIN installed n ON n."user" = v."user" AND n.plugin = v.plugin
  LEFT JOIN retained r ON r."user" = v."user" AND r.plugin = v.plugin
),
per_plugin AS (
  SELECT plugin, count(*) AS viewed, count(*) FILTER (WHERE installed) AS installed, count(*) FILTER (WHERE retained) AS retained
  FROM pairs GROUP BY plugin
)
SELECT 'overall' AS scope, true AS overall,
  CAST(count(*) AS INTEGER) AS viewed,
  CAST(count(*) FILTER (WHERE installed) AS INTEGER) AS installed,
  CAST(count(*) FILTER (WHERE retained) AS INTEGER) AS retained
FROM pairs
UNION ALL
SELECT p.plugin, false,
  CAST(coalesce(f.viewed, 0) AS INTEGER), CAST(coalesce(f.installed, 0) AS INTEGER), CAST(coalesce(f.retained, 0) AS INTEGER)
FROM plugins p LEFT JOIN per_plugin f ON f.plugin = p.plugin
ORDER BY overall DESC, scope;
