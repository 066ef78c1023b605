-- Helpfulness from `feedback` events. overall is the share rated "up" among all feedback
-- events, NULL when there are none; responses is their number. pages gives, for every page with
-- feedback, its up and down counts and share up ÷ (up + down); most responses first, ties by
-- page path. Every event counts: a reader who rates a page twice counts twice.
WITH per_page AS (
  SELECT page, count(*) FILTER (WHERE rating = 'up') AS up, count(*) FILTER (WHERE rating = 'down') AS down
  FROM events WHERE event = 'feedback' GROUP BY page
)
SELECT
  CASE WHEN count(*) = 0 THEN NULL ELSE CAST(count(*) FILTER (WHERE rating = 'up') AS DOUBLE) / count(*) END AS overall,
  CAST(count(*) AS INTEGER) AS responses,
  coalesce((
    SELECT list({'page': page, 'up': CAST(up AS INTEGER), 'down': CAST(down AS INTEGER), 'share': CAST(up AS DOUBLE) / (up + down)} ORDER BY up + down DESC, page)
    FROM per_page
  ), []) AS pages
FROM events WHERE event = 'feedback';
