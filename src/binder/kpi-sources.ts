import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Snapshot} from '../analytics/schema/snapshot';
import {components} from '../content-model/registry/components';
import {securityDashboard, type SecurityDashboard} from '../security/dashboard';
import {securityPolicy} from '../security/policy';
import {snapshotSchema} from '../security/snapshot-schema';
import type {Measurement} from './kpi-schema';
import {analyticsMeasurements, parseJunit, securityMeasurements, testMeasurements, type JunitSummary} from './kpi-measurements';

/** Where each source lives, relative to the site root. */
export const kpiSourceFiles = {
  analytics: 'analytics/events.parquet',
  security: 'security/snapshots',
  junit: 'handoff/evidence/junit.xml',
} as const;

/** The security dashboard of the committed scans, judged at `judgedAt`; undefined without scans. */
export function readSecurityDashboard(root: string, judgedAt: string): SecurityDashboard | undefined {
  const scans = path.join(root, kpiSourceFiles.security);
  if (!existsSync(scans)) return undefined;
  const snapshots = readdirSync(scans)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => snapshotSchema.parse(JSON.parse(readFileSync(path.join(scans, f), 'utf8'))));
  const names = Object.fromEntries(components.map((c) => [c.id, c.name]));
  return snapshots.length ? securityDashboard(snapshots, securityPolicy, judgedAt, names) : undefined;
}

/** The JUnit evidence's counts; undefined when none is committed. */
export function readJunit(root: string): JunitSummary | undefined {
  const junit = path.join(root, kpiSourceFiles.junit);
  return existsSync(junit) ? parseJunit(readFileSync(junit, 'utf8')) : undefined;
}

/** The metrics snapshot of the committed export, computed with DuckDB; undefined without an export. */
async function computeAnalytics(root: string): Promise<Snapshot | undefined> {
  const events = path.join(root, kpiSourceFiles.analytics);
  if (!existsSync(events)) return undefined;
  // Loaded only here: a build hands over the analytics plugin's snapshot, so DuckDB stays unloaded.
  const {computeSnapshot} = await import('../analytics/snapshot');
  return computeSnapshot({events});
}

/**
 * Reads every KPI source below `root` and returns the measurements by KPI id. A missing
 * source adds nothing, so its KPIs show "No data"; `judgedAt` (ISO datetime) is when the
 * security scans' ages are judged. `analytics` is the snapshot when the caller already has it.
 */
export async function readMeasurements(root: string, judgedAt: string, analytics?: Snapshot): Promise<Record<string, Measurement>> {
  const out: Record<string, Measurement> = {};
  const snapshot = analytics ?? (await computeAnalytics(root));
  if (snapshot) Object.assign(out, analyticsMeasurements(snapshot));
  const dashboard = readSecurityDashboard(root, judgedAt);
  if (dashboard) Object.assign(out, securityMeasurements(dashboard));
  const junit = readJunit(root);
  if (junit) Object.assign(out, testMeasurements(junit));
  return out;
}
