import * as z from 'zod';
import {isoDate} from '../../src/content-model/schemas/base';
import type {Finding} from '../../src/checks/finding';
import type {RuntimeRelease} from './types';

/** One runtime release in `migration/releases.ts`. */
export const releaseSchema = z
  .object({
    /** `major.minor`. */
    version: z.string().regex(/^\d+\.\d+$/, {error: 'expected major.minor, for example 2.3'}),
    /** Release day (scheduled day when planned). */
    released: isoDate,
    /** Last day of bug fixes. */
    supportEnds: isoDate,
    /** Last day of security fixes. */
    endOfLife: isoDate,
    /** Long-term support release. */
    lts: z.boolean().optional(),
    /** Not released yet. */
    planned: z.boolean().optional(),
  })
  .strict();

export type RuntimeReleaseInput = z.input<typeof releaseSchema>;

/** Numeric order of `major.minor` versions. */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** Checks the release list; findings point at the release's line in `file`. */
export function validateReleases(releases: unknown[], file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  const lineOf = (version: unknown) => {
    const at = source.indexOf(`version: '${String(version)}'`);
    return at < 0 ? 1 : source.slice(0, at).split('\n').length;
  };
  const report = (version: unknown, message: string) =>
    findings.push({file, line: lineOf(version), column: 1, ruleId: 'migration/releases', severity: 'error', message, url: '/migration/compatibility#how-this-page-is-made'});
  let previous: RuntimeRelease | undefined;
  for (const raw of releases) {
    const parsed = releaseSchema.safeParse(raw);
    const version = (raw as {version?: unknown}).version;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        report(version, `Unexpected ${field} ${JSON.stringify((raw as Record<string, unknown>)[field])} in release ${String(version)}, ${issue.message}`);
      }
      continue;
    }
    const r = parsed.data;
    if (!(r.released < r.supportEnds && r.supportEnds <= r.endOfLife)) {
      report(r.version, `Unexpected dates for release ${r.version} (released ${r.released}, support ends ${r.supportEnds}, end of life ${r.endOfLife}), expected released < supportEnds <= endOfLife`);
    }
    if (previous && compareVersions(previous.version, r.version) >= 0) {
      report(r.version, `Unexpected release ${r.version} after ${previous.version}, expected releases in ascending version order`);
    }
    previous = r;
  }
  return findings;
}
