import {readFileSync} from 'node:fs';
import path from 'node:path';
import {installsDropAlert} from './alert-policy';
import type {AnalyticsDb} from './duckdb';
import {sqlParameters} from './metric-parameters';

/**
 * Runs the metric SQL files in `analytics/metrics/`. Each file is its metric's definition (its
 * header comment says it in words, and the analytics guide repeats those words); this module
 * only runs them, in DuckDB, over the table `events` that load-events.ts fills.
 */

export const metricsFolder = path.resolve(__dirname, '../../analytics/metrics');

/** The metric files, by name, in the order the snapshot lists them. `calendar` runs first and defines the frame. */
export const metricFiles = ['weeks', 'days', 'funnel', 'plugins', 'cohorts', 'alerts', 'search-trends', 'templates', 'labs', 'helpfulness'] as const;
export type MetricName = (typeof metricFiles)[number];

export function metricSql(name: MetricName | 'calendar'): string {
  return readFileSync(path.join(metricsFolder, `${name}.sql`), 'utf8');
}

/** A timestamp as the snapshot writes it: ISO 8601 in UTC, microseconds only when there are some. */
const isoUtc = (column: string) =>
  `strftime(${column}, '%Y-%m-%dT%H:%M:%S') || CASE WHEN microsecond(${column}) % 1000000 <> 0 THEN strftime(${column}, '.%f') ELSE '' END || 'Z'`;

export type MetricRows = Record<MetricName, Record<string, unknown>[]> & {bounds: {asOf: string; firstEvent: string}};

/**
 * The metric windows and alert thresholds as DuckDB variables, read in the SQL with
 * `getvariable(…)`: whole numbers as INTEGER, the alert's change as an exact DECIMAL, so a
 * drop of exactly the threshold compares equal instead of a float's hair below it.
 */
export function parameterStatements(): string {
  return Object.entries(sqlParameters(installsDropAlert))
    .map(([name, value]) => `SET VARIABLE ${name} = ${Number.isInteger(value) ? `${value}::INTEGER` : `${value}::DECIMAL(18, 6)`};`)
    .join('\n');
}

/** Sets the parameters, defines the calendar, then runs every metric file; rows come back as the SQL names them. */
export async function runMetrics(db: AnalyticsDb): Promise<MetricRows> {
  await db.run(parameterStatements());
  await db.run(metricSql('calendar'));
  const [bounds] = await db.rows<{asOf: string; firstEvent: string}>(`SELECT ${isoUtc('as_of')} AS "asOf", ${isoUtc('first_event')} AS "firstEvent" FROM bounds`);
  const rows = {bounds: bounds!} as MetricRows;
  for (const name of metricFiles) rows[name] = await db.rows(metricSql(name));
  return rows;
}
