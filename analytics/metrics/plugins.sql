-- Per-plugin summary and the "top plugins" ranking: one row for every plugin any event names.
-- installs counts the plugin's `install` events over the whole export; installsLastWeek counts
-- them in the last complete ISO week; activeLastWeek is the number of distinct users with a
-- `plugin_active` for the plugin in that week (both 0 when no week is complete);
-- weeklyInstalls gives the installs of every calendar week, partial week included. Rows are in
-- top-plugins order: most installs in the last complete week first, ties broken by most
-- installs overall, then by plugin id; "top N plugins" means the first N rows. (The plugin's
-- funnel is funnel.sql's row for it.)
WITH installs AS (
  SELECT plugin, date_trunc('week', ts) AS start, count(*) AS installs
  FROM events WHERE event = 'install' GROUP BY ALL
),
active_last_week AS (
  SELECT e.plugin, count(DISTINCT e."user") AS active
  FROM events e, last_complete_week l
  WHERE e.event = 'plugin_active' AND date_trunc('week', e.ts) = l.start
  GROUP BY ALL
),
weekly AS (
  SELECT p.plugin,
    list({'week': c.week, 'installs': CAST(coalesce(i.installs, 0) AS INTEGER)} ORDER BY c.start) AS "weeklyInstalls",
    sum(coalesce(i.installs, 0)) AS installs,
    sum(coalesce(i.installs, 0)) FILTER (WHERE c.start = (SELECT start FROM last_complete_week)) AS installs_last_week
  FROM plugins p CROSS JOIN calendar c
  LEFT JOIN installs i ON i.plugin = p.plugin AND i.start = c.start
  GROUP BY p.plugin
)
SELECT
  w.plugin,
  CAST(w.installs AS INTEGER) AS installs,
  CAST(coalesce(w.installs_last_week, 0) AS INTEGER) AS "installsLastWeek",
  CAST(coalesce(a.active, 0) AS INTEGER) AS "activeLastWeek",
  w."weeklyInstalls"
FROM weekly w LEFT JOIN active_last_week a ON a.plugin = w.plugin
ORDER BY "installsLastWeek" DESC, installs DESC, w.plugin;
