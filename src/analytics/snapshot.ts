import path from 'node:path';
import {openAnalyticsDb} from './duckdb';
import {loadEvents, parquetSaysSynthetic} from './load-events';
import {runMetrics} from './metrics';
import {snapshotSchema, type Cohort, type Snapshot} from './schema/snapshot';

export {EventsInputError} from './load-events';

export interface SnapshotOptions {
  /** NDJSON, NDJSON.gz or Parquet file */
  events: string;
  /**
   * Whether the events are synthetic. By default a Parquet export says so in its key-value
   * metadata (`synthetic=true`, written by `npm run analytics:generate`); anything else is real.
   */
  synthetic?: boolean;
  /** DuckDB's memory limit, e.g. '1GB' (the bench sets it). */
  memoryLimit?: string;
}

type Row = Record<string, unknown>;
const funnelOf = (row: Row | undefined) => ({viewed: Number(row?.viewed ?? 0), installed: Number(row?.installed ?? 0), retained: Number(row?.retained ?? 0)});

/**
 * Computes the metrics snapshot of an export: loads and checks the events, runs the metric SQL
 * files and assembles their rows into the snapshot document, validated against snapshotSchema.
 * Throws EventsInputError (file, line or row, field, received, expected) on bad input.
 */
export async function computeSnapshot(options: SnapshotOptions): Promise<Snapshot> {
  const db = await openAnalyticsDb({memoryLimit: options.memoryLimit});
  try {
    const {events} = await loadEvents(db, options.events);
    const synthetic = options.synthetic ?? (await parquetSaysSynthetic(db, options.events));
    const m = await runMetrics(db);
    const funnels = new Map(m.funnel.map((row) => [row.overall ? '\0overall' : String(row.scope), row]));
    const [trends] = m['search-trends'];
    const [templates] = m.templates;
    const [helpfulness] = m.helpfulness;
    const snapshot = {
      schemaVersion: 1,
      source: {name: path.basename(options.events), synthetic, events},
      asOf: m.bounds.asOf,
      firstEvent: m.bounds.firstEvent,
      weeks: m.weeks,
      days: m.days,
      funnel: funnelOf(funnels.get('\0overall')),
      plugins: m.plugins.map((row) => ({...row, funnel: funnelOf(funnels.get(String(row.plugin)))})),
      cohorts: m.cohorts as Cohort[],
      alerts: m.alerts,
      searchTrends: trends,
      templates,
      labs: m.labs,
      helpfulness,
    };
    return snapshotSchema.parse(snapshot);
  } finally {
    db.close();
  }
}
