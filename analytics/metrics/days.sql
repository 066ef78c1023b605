-- Daily active developers: one row for every UTC date from the first event's date to as_of's
-- date, days without events included (0). activeDevelopers is the number of distinct users
-- with at least one event of any kind that day. The last day is usually incomplete: it ends at
-- as_of.
WITH activity AS (
  SELECT date_trunc('day', ts) AS day, count(DISTINCT "user") AS active FROM events GROUP BY 1
),
dates AS (
  SELECT unnest(generate_series(date_trunc('day', first_event), date_trunc('day', as_of), INTERVAL 1 DAY)) AS day FROM bounds
)
SELECT strftime(d.day, '%Y-%m-%d') AS date, CAST(coalesce(a.active, 0) AS INTEGER) AS "activeDevelopers"
FROM dates d LEFT JOIN activity a ON a.day = d.day
ORDER BY d.day;
