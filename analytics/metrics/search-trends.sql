-- Search trends for the last complete ISO week (week; NULL and empty lists when no week is
-- complete). Queries are compared after normalising: trimmed, lower-cased, runs of white space
-- made one space; empty queries are left out. current is a query's searches in the week,
-- previous its searches in the week before. top: the 10 queries with the most searches in the
-- week, most first (ties alphabetical). rising: queries searched more in the week than in the
-- week before (current > previous, a new query counts from previous = 0), the 10 with the
-- largest increase current − previous first, ties by current, then alphabetical. zeroResults:
-- the 10 queries whose searches showed `results` = 0 most often in the week, with that count.
WITH normalised AS (
  SELECT ts, results, lower(regexp_replace(trim(query), '\s+', ' ', 'g')) AS query
  FROM events WHERE event = 'search'
),
counts AS (
  SELECT n.query,
    count(*) FILTER (WHERE n.ts >= l.start AND n.ts < l.start + INTERVAL 7 DAY) AS current,
    count(*) FILTER (WHERE n.ts < l.start) AS previous,
    count(*) FILTER (WHERE n.ts >= l.start AND n.results = 0) AS zero
  FROM normalised n, last_complete_week l
  WHERE n.query <> '' AND n.ts >= l.start - INTERVAL 7 DAY AND n.ts < l.start + INTERVAL 7 DAY
  GROUP BY n.query
),
top AS (
  SELECT list({'query': query, 'current': CAST(current AS INTEGER), 'previous': CAST(previous AS INTEGER)} ORDER BY current DESC, query) AS top
  FROM (SELECT * FROM counts WHERE current > 0 ORDER BY current DESC, query LIMIT 10)
),
rising AS (
  SELECT list({'query': query, 'current': CAST(current AS INTEGER), 'previous': CAST(previous AS INTEGER)} ORDER BY current - previous DESC, current DESC, query) AS rising
  FROM (SELECT * FROM counts WHERE current > previous ORDER BY current - previous DESC, current DESC, query LIMIT 10)
),
zero AS (
  SELECT list({'query': query, 'searches': CAST(zero AS INTEGER)} ORDER BY zero DESC, query) AS "zeroResults"
  FROM (SELECT * FROM counts WHERE zero > 0 ORDER BY zero DESC, query LIMIT 10)
)
SELECT
  strftime(l.start, '%G-W%V') AS week,
  coalesce(top.top, []) AS top,
  coalesce(rising.rising, []) AS rising,
  coalesce(zero."zeroResults", []) AS "zeroResults"
FROM last_complete_week l, top, rising, zero;
