import {sqlString} from '../../src/analytics/duckdb';
import {downReasons, feedbackPages, risingQueries, syntheticArchetypes, syntheticLabs, syntheticPlugins, upReasons, zeroResultQueries} from './synthetic-catalog';

/**
 * The synthetic export as DuckDB SQL: ranges and hash-based pseudo-randomness, so a seed gives
 * the same events on every machine and five million rows take seconds, not minutes. Every
 * number drawn is `u(a, b, c)`, a hash of the seed and the draw's coordinates.
 */

export interface GenerateOptions {
  seed: number;
  /** Multiplies developers and every count: 1 for the committed export (about 150,000 events). */
  scale: number;
}

/** The first week's Monday and the end of the data: the last event is at `lastEvent`, a Thursday, so the current ISO week is partial. */
export const syntheticStart = '2026-08-24 00:00:00';
export const syntheticLastEvent = '2026-11-26 17:59:30';
const weeks = 14;

const list = (items: readonly string[]) => `[${items.map(sqlString).join(', ')}]`;
const nums = (items: readonly number[]) => `[${items.join(', ')}]`;
/** Inverse-CDF pick of an index (1-based) from weights, for a uniform draw `r`. */
function weightedPick(r: string, weights: readonly number[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const whens = weights.slice(0, -1).map((w, i) => `WHEN ${r} < ${((cumulative += w) / total).toFixed(6)} THEN ${i + 1}`);
  return `CASE ${whens.join(' ')} ELSE ${weights.length} END`;
}

/** Statements that leave the events in the table `synthetic(ts, event, "user", plugin, …)`, ts a TIMESTAMP in UTC (TIMESTAMPTZ arithmetic is ten times slower). */
export function generateSql({seed, scale}: GenerateOptions): string[] {
  const developers = Math.round(4000 * scale);
  const factor = `CAST(${scale} AS DOUBLE)`;
  const pluginRows = syntheticPlugins.map((p, i) =>
    `(${i}, ${sqlString(p.plugin)}, ${p.weekly}, ${p.keep}, ${p.archetype ? sqlString(p.archetype) : 'NULL'}, ${p.launch ?? 'NULL'}, ${p.lastTwoWeeks?.[0] ?? 'NULL'}, ${p.lastTwoWeeks?.[1] ?? 'NULL'}, ${list(p.queries)})`);
  // Monday-heavy working weeks, quiet weekends: weekday weights, ISO day 1 (Monday) to 7.
  const weekdayWeights = [1.2, 1.25, 1.2, 1.15, 1.0, 0.5, 0.4];
  const at = (day: string, r: string) => `date_trunc('second', ${day} + to_seconds(CAST(7 * 3600 + ${r} * 13 * 3600 AS BIGINT)))`;
  // A developer id is a hash of the seed and an index; skewed draws make some developers busier than others.
  const devId = (i: string) => `'dev-' || substr(md5('${seed}-' || ${i}), 1, 10)`;
  const userOf = (r: string) => devId(`CAST(floor(${developers} * pow(${r}, 1.4)) AS BIGINT)`);
  const pluginQueries = `[${syntheticPlugins.map((p) => list(p.queries)).join(', ')}]`;
  return [
    `CREATE OR REPLACE TEMP MACRO u(a, b, c) AS (hash(${seed}, a, b, c) % 1000000007) / 1000000007.0`,
    `CREATE OR REPLACE TEMP MACRO wk(d) AS ${nums(weekdayWeights)}[isodow(d)]`,
    `CREATE OR REPLACE TEMP MACRO weekday_pick(r) AS ${weightedPick('r', weekdayWeights)} - 1`,
    `CREATE OR REPLACE TEMP TABLE devs AS SELECT i, ${devId('i')} AS "user" FROM range(${developers}) t(i)`,
    `CREATE OR REPLACE TEMP TABLE cat(k, plugin, weekly, keep, archetype, launch, w11, w12, queries) AS VALUES ${pluginRows.join(', ')}`,
    `CREATE OR REPLACE TEMP TABLE days AS SELECT d, CAST(datediff('day', TIMESTAMP '${syntheticStart}', d) / 7 AS INTEGER) AS w FROM (SELECT unnest(generate_series(TIMESTAMP '${syntheticStart}', TIMESTAMP '${syntheticLastEvent}', INTERVAL 1 DAY)) AS d)`,
    // Installs per plugin and week: growth, a little noise, a launch spike, the planted drops.
    `CREATE OR REPLACE TEMP TABLE install_counts AS SELECT c.*, w, CAST(round(${factor} * CASE
        WHEN c.launch IS NOT NULL AND w < c.launch THEN 0
        WHEN w = 11 AND c.w11 IS NOT NULL THEN c.w11
        WHEN w = 12 AND c.w12 IS NOT NULL THEN c.w12
        WHEN w = c.launch THEN 5 * c.weekly WHEN w = c.launch + 1 THEN 2.5 * c.weekly WHEN w = c.launch + 2 THEN 1.6 * c.weekly
        -- ±10% noise every week: at worst a 1 → 0.82 week over week, so only the planted drops can fire.
        ELSE c.weekly * (0.7 + 0.3 * least(w, 12) / 12) * (0.9 + 0.2 * u(c.k, w, 1))
      END) AS INTEGER) AS n FROM cat c, range(${weeks}) t(w)`,
    `CREATE OR REPLACE TEMP TABLE installs AS SELECT plugin, keep, queries, k, w, j, id,
        ${at(`TIMESTAMP '${syntheticStart}' + to_days(CAST(7 * w + weekday_pick(u(id, 1, 2)) AS INTEGER))`, 'u(id, 2, 2)')} AS ts,
        ${userOf('u(id, 3, 2)')} AS "user",
        CASE WHEN u(id, 4, 2) < 0.42 THEN 's-' || substr(md5('${seed}-s-' || id), 1, 12) END AS search_id,
        -- Most searches lead to an install within hours; one in twenty a day or more later (not converted).
        CASE WHEN u(id, 5, 2) < 0.05 THEN 86400 + CAST(u(id, 6, 2) * 43200 AS INTEGER) ELSE 120 + CAST(u(id, 6, 2) * 10800 AS INTEGER) END AS search_gap,
        CASE WHEN u(id, 7, 2) < 0.85 THEN 60 + CAST(u(id, 8, 2) * 5400 AS INTEGER) WHEN u(id, 7, 2) < 0.95 THEN 86400 + CAST(u(id, 8, 2) * 432000 AS INTEGER) ELSE 691200 + CAST(u(id, 8, 2) * 345600 AS INTEGER) END AS view_gap
      FROM (SELECT *, hash(k, w, j) AS id FROM install_counts, range(n) t(j))`,
    `CREATE OR REPLACE TEMP TABLE pairs AS SELECT "user", plugin, any_value(keep) AS keep, min(ts) AS installed_at, hash("user", plugin) AS id FROM installs GROUP BY ALL`,
    `CREATE OR REPLACE TEMP TABLE synthetic AS
      SELECT ts, 'install' AS event, "user", plugin, search_id, CAST(NULL AS VARCHAR) AS query, CAST(NULL AS INTEGER) AS results, CAST(NULL AS VARCHAR) AS archetype,
        CAST(NULL AS VARCHAR) AS lab, CAST(NULL AS VARCHAR) AS page, CAST(NULL AS VARCHAR) AS rating, CAST(NULL AS VARCHAR[]) AS reasons FROM installs
      UNION ALL SELECT ts - to_seconds(search_gap), 'search', "user", NULL, search_id, queries[1 + CAST(u(id, 9, 2) * len(queries) AS INTEGER) % len(queries)], 1 + CAST(u(id, 10, 2) * 24 AS INTEGER), NULL, NULL, NULL, NULL, NULL FROM installs WHERE search_id IS NOT NULL
      UNION ALL SELECT ts - to_seconds(view_gap), 'listing_view', "user", plugin, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM installs
      -- Views that lead nowhere: about two per install.
      UNION ALL SELECT ${at(`TIMESTAMP '${syntheticStart}' + to_days(CAST(7 * w + weekday_pick(u(k, w, 100 + j)) AS INTEGER))`, 'u(k, w, 200 + j)')}, 'listing_view', ${userOf('u(k, w, 300 + j)')}, plugin, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM install_counts, range(2 * n) t(j)
      UNION ALL SELECT ts + to_seconds(CAST(86400 + u(id, 11, 2) * 40 * 86400 AS BIGINT)), 'uninstall', "user", plugin, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM installs WHERE u(id, 12, 2) < 0.12
      -- Activity of installed pairs: keepers stay, the rest fade within weeks.
      UNION ALL SELECT ${at('d', 'u(id, e, 13)')}, 'plugin_active', "user", plugin, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM (SELECT p.*, date_trunc('day', p.installed_at) + to_days(CAST(n AS INTEGER)) AS d, datediff('day', TIMESTAMP '${syntheticStart}', date_trunc('day', p.installed_at)) + n AS e
              -- A cross join and a filter: DuckDB runs a correlated range once per pair.
              FROM pairs p CROSS JOIN range(1, 7 * ${weeks}) t(n) WHERE n <= datediff('day', p.installed_at, TIMESTAMP '${syntheticLastEvent}'))
        WHERE u(id, e, 14) < 0.3 * wk(d) * CASE WHEN u(id, 0, 15) < keep THEN 1 ELSE exp(-datediff('day', installed_at, d) / 6.0) END`,
    // Searches that lead nowhere: every day, the plugins' queries, rising queries that grow week by week, queries nobody serves.
    `INSERT INTO synthetic
      SELECT ${at('d', 'u(e, j, 21)')}, 'search', ${userOf('u(e, j, 22)')}, NULL, 's-' || substr(md5('${seed}-q-' || e || '-' || j), 1, 12),
        CASE WHEN u(e, j, 23) < 0.012 * w THEN ${list(risingQueries)}[1 + CAST(u(e, j, 24) * ${risingQueries.length} AS INTEGER) % ${risingQueries.length}]
             WHEN u(e, j, 23) < 0.012 * w + 0.06 THEN ${list(zeroResultQueries)}[1 + CAST(u(e, j, 24) * ${zeroResultQueries.length} AS INTEGER) % ${zeroResultQueries.length}]
             ELSE ${pluginQueries}[1 + CAST(floor(${syntheticPlugins.length} * pow(u(e, j, 25), 1.3)) AS INTEGER)][1 + CAST(u(e, j, 26) * 3 AS INTEGER) % 3] END,
        NULL, NULL, NULL, NULL, NULL, NULL
      FROM (SELECT d, w, datediff('day', TIMESTAMP '${syntheticStart}', d) AS e, CAST(round(${factor} * 150 * wk(d) * CASE WHEN w = 6 THEN 1.5 ELSE 1 END) AS INTEGER) AS n FROM days), range(n) t(j)`,
    `UPDATE synthetic SET results = CASE WHEN list_contains(${list(zeroResultQueries)}, query) THEN 0 ELSE 1 + CAST(u(hash(search_id), 1, 27) * 30 AS INTEGER) END WHERE event = 'search' AND results IS NULL`,
    `INSERT INTO synthetic SELECT ${at('d', 'u(e, j, 31)')}, 'template_init', ${userOf('u(e, j, 32)')}, NULL, NULL, NULL, NULL,
        ${list(syntheticArchetypes.map(([a]) => a))}[${weightedPick('u(e, j, 33)', syntheticArchetypes.map(([, w]) => w))}], NULL, NULL, NULL, NULL
      FROM (SELECT d, datediff('day', TIMESTAMP '${syntheticStart}', d) AS e, CAST(round(${factor} * 22 * wk(d)) AS INTEGER) AS n FROM days), range(n) t(j)`,
    // Releases: every plugin publishes every other week from its launch, from its template if it has one.
    `INSERT INTO synthetic SELECT ${at(`TIMESTAMP '${syntheticStart}' + to_days(CAST(7 * w + weekday_pick(u(k, w, 41)) AS INTEGER))`, 'u(k, w, 42)')}, 'plugin_published', ${userOf('u(k, 0, 43)')}, plugin, NULL, NULL, NULL, archetype, NULL, NULL, NULL, NULL
      FROM cat, range(${weeks}) t(w) WHERE (w = launch OR (w > coalesce(launch, -1) AND (w + k) % 2 = 0))`,
    ...syntheticLabs.map(([lab, starts, completes], l) => `INSERT INTO synthetic
      WITH lab_runs AS (SELECT i, "user", date_trunc('second', TIMESTAMP '${syntheticStart}' + to_seconds(CAST(u(i, ${l}, 52) * 94 * 86400 AS BIGINT))) AS ts FROM devs WHERE u(i, ${l}, 51) < ${starts})
        SELECT ts, 'lab_started', "user", NULL, NULL, NULL, NULL, NULL, ${sqlString(lab)}, NULL, NULL, NULL FROM lab_runs WHERE u(i, ${l}, 53) >= 0.03
        UNION ALL SELECT ts + to_seconds(CAST(1200 + u(i, ${l}, 54) * 259200 AS BIGINT)), 'lab_completed', "user", NULL, NULL, NULL, NULL, NULL, ${sqlString(lab)}, NULL, NULL, NULL FROM lab_runs WHERE u(i, ${l}, 55) < ${completes}`),
    `INSERT INTO synthetic SELECT ${at('d', 'u(e, j, 61)')}, 'feedback', ${userOf('u(e, j, 62)')}, NULL, NULL, NULL, NULL, NULL, NULL, pages[p].page,
        CASE WHEN u(e, j, 63) < pages[p].up THEN 'up' ELSE 'down' END,
        CASE WHEN u(e, j, 63) >= pages[p].up THEN [${list(downReasons)}[1 + CAST(u(e, j, 64) * ${downReasons.length} AS INTEGER) % ${downReasons.length}]]
             WHEN u(e, j, 64) < 0.4 THEN [${list(upReasons)}[1 + CAST(u(e, j, 65) * ${upReasons.length} AS INTEGER) % ${upReasons.length}]] END
      FROM (SELECT d, datediff('day', TIMESTAMP '${syntheticStart}', d) AS e, CAST(round(${factor} * 26 * wk(d)) AS INTEGER) AS n FROM days), range(n) t(j),
        (SELECT [${feedbackPages.map(([page, up]) => `{'page': ${sqlString(page)}, 'up': ${up}}`).join(', ')}] AS pages),
        LATERAL (SELECT 1 + CAST(u(e, j, 67) * ${feedbackPages.length} AS INTEGER) % ${feedbackPages.length} AS p)`,
    // The data ends at a fixed instant, so asOf never depends on the draws.
    `DELETE FROM synthetic WHERE ts < TIMESTAMP '${syntheticStart}' OR ts >= TIMESTAMP '${syntheticLastEvent}'`,
    `INSERT INTO synthetic SELECT TIMESTAMP '${syntheticLastEvent}', 'plugin_active', ${devId('0')}, 'billing-sync', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL`,
  ];
}
