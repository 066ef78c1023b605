import * as z from 'zod';
import {findError, lookupError} from './index';
import {statusOf, type ErrorEntry} from './entry';

/** What the CLI build writes: every error ID its code can emit, and where. */
export const emitManifestSchema = z.object({
  /** Product that emits the IDs, e.g. `ax-cli`. */
  product: z.string(),
  /** Version the manifest was extracted from. */
  version: z.string(),
  /** Emitted IDs, as plain IDs or with the source files that emit them. */
  emitted: z.array(z.union([z.string(), z.object({id: z.string(), sources: z.array(z.string()).default([])})])),
});
export type EmitManifest = z.output<typeof emitManifestSchema>;

export interface ParityReport {
  /** Emitted but not in the catalog (or emitted under an alias instead of the ID). */
  undocumented: Array<{id: string; note?: string}>;
  /** Documented as active but emitted nowhere. */
  neverEmitted: string[];
  /** Retired in the catalog but still emitted. */
  retiredEmitted: Array<{id: string; retiredIn: string; replacedBy?: string}>;
}

/** Compares what the CLI emits with what the catalog documents. */
export function checkParity(manifest: EmitManifest, catalog?: readonly ErrorEntry[]): ParityReport {
  const emitted = new Set(manifest.emitted.map((e) => (typeof e === 'string' ? e : e.id)));
  const report: ParityReport = {undocumented: [], neverEmitted: [], retiredEmitted: []};
  for (const id of [...emitted].sort()) {
    const hit = lookupError(id, catalog);
    const exact = hit && hit.entry.id === id;
    if (!exact) {
      report.undocumented.push(hit ? {id, note: `${hit.viaAlias ? 'alias' : 'non-canonical spelling'} of ${hit.entry.id}: emit the ID itself`} : {id});
      continue;
    }
    if (hit.entry.retiredIn) report.retiredEmitted.push({id, retiredIn: hit.entry.retiredIn, ...(hit.entry.replacedBy ? {replacedBy: hit.entry.replacedBy} : {})});
  }
  for (const e of catalog ?? []) if (statusOf(e) === 'active' && !emitted.has(e.id)) report.neverEmitted.push(e.id);
  return report;
}

export const parityFailed = (r: ParityReport): boolean => r.undocumented.length + r.neverEmitted.length + r.retiredEmitted.length > 0;

/** Human-readable report, one finding a line, grouped by kind. */
export function formatParity(r: ParityReport, manifestFile: string): string {
  const lines: string[] = [];
  for (const u of r.undocumented) lines.push(`${manifestFile}: ${u.id} is emitted but undocumented${u.note ? ` (${u.note})` : ''}; expected an entry in errors/catalog`);
  for (const id of r.neverEmitted) lines.push(`${manifestFile}: ${id} is documented as active but never emitted; expected it in the manifest, or retiredIn on the entry (${findError(id)?.title ?? ''})`);
  for (const x of r.retiredEmitted) lines.push(`${manifestFile}: ${x.id} was retired in ${x.retiredIn} but is still emitted; expected ${x.replacedBy ?? 'its replacement'} instead`);
  if (!lines.length) lines.push(`${manifestFile}: every emitted ID is documented and every active ID is emitted`);
  return lines.join('\n');
}
