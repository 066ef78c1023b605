import {readFileSync} from 'node:fs';
import {locate, pathPositions, zodProblems} from '../checks/zod-finding';
import * as z from 'zod';
import {findError} from './index';
import type {ErrorEntry} from './entry';

/** One row of the telemetry export `telemetry.error_frequency`. */
const rowSchema = z.object({
  /** Error ID or alias as emitted. */
  error_id: z.string(),
  /** Times emitted in the window. */
  occurrences: z.number().int().nonnegative(),
  /** Users who saw it at least once. */
  distinct_users: z.number().int().nonnegative(),
  first_seen: z.string(),
  last_seen: z.string(),
});

/** The frequency snapshot the telemetry export writes: counts per error over a window. */
export const frequencySnapshotSchema = z.object({
  /** Name of the export that produced the file. */
  export: z.literal('telemetry.error_frequency'),
  schema_version: z.literal(1),
  environment: z.enum(['production', 'staging']),
  generated_at: z.string(),
  /** Days the counts cover. */
  window: z.object({from: z.string(), to: z.string(), days: z.number().int().positive()}),
  source: z.string(),
  rows: z.array(rowSchema),
});
export type FrequencySnapshot = z.output<typeof frequencySnapshotSchema>;

/** Reads and validates a snapshot, naming the file and field on bad input. */
export function readFrequencySnapshot(file: string): FrequencySnapshot {
  const text = readFileSync(file, 'utf8');
  const parsed = frequencySnapshotSchema.safeParse(JSON.parse(text), {reportInput: true});
  if (!parsed.success) {
    const lineOf = pathPositions(text);
    throw new Error(zodProblems(parsed.error).map((p) => `${file}:${locate(p.path, lineOf).line}: ${p.message}`).join('\n'));
  }
  return parsed.data;
}

export interface RankedError {
  id: string;
  occurrences: number;
  distinctUsers: number;
  rank: number;
}

/**
 * Occurrences per catalog ID, most frequent first. Rows emitted under an alias count for the
 * entry; rows whose ID the catalog does not know are returned apart, for the parity check.
 */
export function rankErrors(snapshot: FrequencySnapshot, catalog?: readonly ErrorEntry[]): {ranked: RankedError[]; unknown: string[]} {
  const totals = new Map<string, {occurrences: number; distinctUsers: number}>();
  const unknown: string[] = [];
  for (const row of snapshot.rows) {
    const entry = findError(row.error_id, catalog);
    if (!entry) {
      unknown.push(row.error_id);
      continue;
    }
    const t = totals.get(entry.id) ?? {occurrences: 0, distinctUsers: 0};
    totals.set(entry.id, {occurrences: t.occurrences + row.occurrences, distinctUsers: Math.max(t.distinctUsers, row.distinct_users)});
  }
  const ranked = [...totals.entries()]
    .sort((a, b) => b[1].occurrences - a[1].occurrences || a[0].localeCompare(b[0]))
    .map(([id, t], i) => ({id, ...t, rank: i + 1}));
  return {ranked, unknown};
}
