import {compareVersions} from '../model/versions';
import {releaseSchema, type RuntimeRelease} from './release';
import type {MigrationProblem} from './validate';
import {zodProblems} from '../checks/zod-finding';

/**
 * Checks the release list: each release against the schema, dates in order within a release,
 * versions ascending. Problems point at the release's line in `source` (the text of `file`).
 */
export function validateReleases(releases: unknown, file: string, source: string): MigrationProblem[] {
  const problems: MigrationProblem[] = [];
  const lineOf = (version: unknown) => {
    const at = source.indexOf(`version: '${String(version)}'`);
    return at < 0 ? 1 : source.slice(0, at).split('\n').length;
  };
  const report = (version: unknown, message: string) => problems.push({file, line: lineOf(version), ruleId: 'migration/releases', message});
  if (!Array.isArray(releases) || releases.length === 0) {
    problems.push({file, line: 1, ruleId: 'migration/releases', message: `Unexpected runtimeReleases ${releases === undefined ? 'export missing' : JSON.stringify(releases)}, expected \`export const runtimeReleases: RuntimeRelease[]\` with at least one release`});
    return problems;
  }
  let previous: RuntimeRelease | undefined;
  for (const raw of releases as unknown[]) {
    const parsed = releaseSchema.safeParse(raw, {reportInput: true});
    const version = (raw as {version?: unknown} | null)?.version;
    if (!parsed.success) {
      for (const p of zodProblems(parsed.error, {root: `in release ${String(version)}`})) report(version, p.message);
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
  return problems;
}
