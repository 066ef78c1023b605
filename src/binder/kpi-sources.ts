import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {computeSnapshot} from '../analytics/snapshot';
import {components} from '../content-model/registry/components';
import {securityDashboard} from '../security/dashboard';
import {securityPolicy} from '../security/policy';
import {snapshotSchema} from '../security/snapshot-schema';
import type {Measurement} from './kpi-schema';
import {analyticsMeasurements, parseJunit, securityMeasurements, testMeasurements} from './kpi-measurements';

/** Where each source lives, relative to the site root. */
export const kpiSourceFiles = {
  analytics: 'analytics/events.parquet',
  security: 'security/snapshots',
  junit: 'handoff/evidence/junit.xml',
} as const;

/**
 * Reads every KPI source below `root` and returns the measurements by KPI id. A missing
 * source adds nothing, so its KPIs show "No data"; `judgedAt` (ISO datetime) is when the
 * security scans' ages are judged.
 */
export async function readMeasurements(root: string, judgedAt: string): Promise<Record<string, Measurement>> {
  const out: Record<string, Measurement> = {};
  const events = path.join(root, kpiSourceFiles.analytics);
  if (existsSync(events)) Object.assign(out, analyticsMeasurements(await computeSnapshot({events})));
  const scans = path.join(root, kpiSourceFiles.security);
  if (existsSync(scans)) {
    const snapshots = readdirSync(scans)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => snapshotSchema.parse(JSON.parse(readFileSync(path.join(scans, f), 'utf8'))));
    const names = Object.fromEntries(components.map((c) => [c.id, c.name]));
    if (snapshots.length) Object.assign(out, securityMeasurements(securityDashboard(snapshots, securityPolicy, judgedAt, names)));
  }
  const junit = path.join(root, kpiSourceFiles.junit);
  if (existsSync(junit)) Object.assign(out, testMeasurements(parseJunit(readFileSync(junit, 'utf8'))));
  return out;
}
