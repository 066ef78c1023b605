import {parseDeprecation, tagVersion, type ApiDeclaration} from './declarations';
import {compareVersions} from '../model/versions';
import type {CompatibilityData, MatrixCell, MatrixRow, RuntimeRelease} from './types';

/** Where the pages live; the matrix links into them. */
export interface MatrixPaths {
  /** Route of the migration guide, for example `/migration/v1-to-v2`. */
  guide: string;
  /** Route of the generated API reference, for example `/migration/api`. */
  reference: string;
}

/** Derives the compatibility matrix from the declarations' tags: one row per tagged API, one cell per release. */
export function buildMatrix(decls: ApiDeclaration[], releases: RuntimeRelease[], paths: MatrixPaths): CompatibilityData {
  const dateOf = (v: string | undefined) => releases.find((r) => r.version === v)?.released;
  const rows: MatrixRow[] = decls
    .filter((d) => d.since && (d.ownTags || d.kind === 'function' || d.kind === 'interface') && d.kind !== 'type')
    .map((d) => {
      const since = tagVersion(d.since);
      const dep = d.deprecated ? parseDeprecation(d.deprecated.text) : undefined;
      const removed = tagVersion(d.removed) || undefined;
      const step = d.migration?.text.split(/\s/)[0];
      const migrationHref = step ? `${paths.guide}#${step}` : undefined;
      const removalDate = dateOf(removed);
      const cells: MatrixCell[] = releases.map((r) => {
        const status = statusOn(r.version, since, dep?.version, removed);
        const cell: MatrixCell = {runtime: r.version, status};
        if (status === 'deprecated' || status === 'removed') {
          if (removalDate) cell.removalDate = removalDate;
          if (migrationHref) cell.href = migrationHref;
        }
        return cell;
      });
      const row: MatrixRow = {
        id: d.id,
        api: d.api,
        surface: d.category ?? 'Other',
        kind: d.category === 'Manifest' && d.kind === 'interface' ? 'manifest' : (d.kind as MatrixRow['kind']),
        summary: d.summary,
        since,
        referenceHref: referenceHref(d, paths.reference),
        source: `${d.file}:${d.line}`,
        cells,
      };
      if (dep?.version) {
        row.deprecated = dep.version;
        const date = dateOf(dep.version);
        if (date) row.deprecationDate = date;
      }
      if (dep?.replacement) row.replacement = /^v\d+\./.test(dep.replacement) ? dep.replacement : `${d.api}.${dep.replacement}`;
      if (removed) row.removed = removed;
      if (removalDate) row.removalDate = removalDate;
      if (migrationHref) row.migrationHref = migrationHref;
      return row;
    });
  return {releases, rows, steps: []};
}

/** The status of an API on one runtime release. */
export function statusOn(runtime: string, since: string, deprecated?: string, removed?: string): MatrixCell['status'] {
  if (compareVersions(runtime, since) < 0) return 'unavailable';
  if (removed && compareVersions(runtime, removed) >= 0) return 'removed';
  if (deprecated && compareVersions(runtime, deprecated) >= 0) return 'deprecated';
  return 'supported';
}

/** Route of the typedoc page documenting a declaration (members link to their interface's page). */
function referenceHref(d: ApiDeclaration, base: string): string {
  const [api, top, member] = d.id.split('.');
  const folder = d.kind === 'function' ? 'functions' : 'interfaces';
  const anchor = member ? `#${member.toLowerCase()}` : '';
  return `${base}/${api}/${folder}/${top}${anchor}`;
}
