import type {CompatibilityData, MatrixRow, RuntimeRelease} from './types';

/**
 * What each component embedded in a migration page renders: one JSON file per component,
 * written by the migration plugin with `createData` and imported by that page alone, so no
 * page downloads the whole matrix unless it shows it. Plain data, no React.
 */

/** Rows that have a removal, soonest first: the deprecation calendar and its iCalendar feed. */
export function removalsByDate<T extends Pick<MatrixRow, 'id' | 'removalDate'>>(rows: readonly T[]): T[] {
  return rows.filter((r) => r.removalDate).sort((a, b) => a.removalDate!.localeCompare(b.removalDate!) || a.id.localeCompare(b.id));
}

/** The release table on the section's index. */
export interface ReleasesView {
  releases: RuntimeRelease[];
}

/** The compatibility matrix: releases as columns, one row of cells per API. */
export interface MatrixView {
  releases: Pick<RuntimeRelease, 'version' | 'released' | 'planned'>[];
  rows: Pick<MatrixRow, 'id' | 'surface' | 'kind' | 'referenceHref' | 'cells'>[];
}

/** The deprecation calendar: removals, soonest first. */
export interface CalendarView {
  removals: Pick<MatrixRow, 'id' | 'referenceHref' | 'deprecated' | 'deprecationDate' | 'removed' | 'removalDate' | 'replacement' | 'migrationHref'>[];
}

/** The upgrade checklist: the guide's steps. */
export interface ChecklistView {
  steps: CompatibilityData['steps'];
}

/** A row as the "what breaks for my plugin?" helper matches and reports it. */
export type BreakageRow = Pick<MatrixRow, 'id' | 'kind' | 'deprecated' | 'removed' | 'removalDate' | 'replacement' | 'migrationHref'>;

export interface BreakageView {
  rows: BreakageRow[];
}

/** The one-line history of an API, by qualified name. */
export type ApiStatusRow = Pick<MatrixRow, 'id' | 'since' | 'deprecated' | 'deprecationDate' | 'removed' | 'removalDate' | 'replacement' | 'referenceHref'>;

export interface ApiStatusView {
  rows: Record<string, ApiStatusRow>;
}

/** Every page view model, by the file name the components import it under. */
export interface MigrationViews {
  'releases.json': ReleasesView;
  'matrix.json': MatrixView;
  'calendar.json': CalendarView;
  'checklist.json': ChecklistView;
  'breakage.json': BreakageView;
  'api-status.json': ApiStatusView;
}

const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Pick<T, K>;

/** Derives every page's view model from the compatibility data. */
export function migrationViews({releases, rows, steps}: CompatibilityData): MigrationViews {
  return {
    'releases.json': {releases},
    'matrix.json': {
      releases: releases.map((r) => pick(r, ['version', 'released', 'planned'])),
      rows: rows.map((r) => pick(r, ['id', 'surface', 'kind', 'referenceHref', 'cells'])),
    },
    'calendar.json': {
      removals: removalsByDate(rows).map((r) => pick(r, ['id', 'referenceHref', 'deprecated', 'deprecationDate', 'removed', 'removalDate', 'replacement', 'migrationHref'])),
    },
    'checklist.json': {steps},
    'breakage.json': {rows: rows.map((r) => pick(r, ['id', 'kind', 'deprecated', 'removed', 'removalDate', 'replacement', 'migrationHref']))},
    'api-status.json': {
      rows: Object.fromEntries(rows.map((r) => [r.id, pick(r, ['id', 'since', 'deprecated', 'deprecationDate', 'removed', 'removalDate', 'replacement', 'referenceHref'])])),
    },
  };
}
