-- Template usage. For every archetype named by a `template_init` event: inits, its number of
-- `template_init` events, and share, inits ÷ all `template_init` events; most inits first, ties
-- alphabetical. templateAdoption is the share of `plugin_published` events that carry an
-- archetype (the plugin started from a template), NULL when nothing was published.
WITH archetypes AS (
  SELECT archetype, count(*) AS inits FROM events WHERE event = 'template_init' GROUP BY archetype
),
published AS (
  SELECT count(*) AS published, count(archetype) AS from_template FROM events WHERE event = 'plugin_published'
)
SELECT
  coalesce((
    SELECT list({'archetype': archetype, 'inits': CAST(inits AS INTEGER), 'share': CAST(inits AS DOUBLE) / (SELECT sum(inits) FROM archetypes)} ORDER BY inits DESC, archetype)
    FROM archetypes
  ), []) AS archetypes,
  CASE WHEN published = 0 THEN NULL ELSE CAST(from_template AS DOUBLE) / published END AS "templateAdoption"
FROM published;
