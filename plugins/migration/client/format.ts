import {daysBetween, isoDay} from '@site/src/content-model/dates';
import type {CellStatus, RuntimeRelease} from '@site/src/migration-model/types';
import type {ApiStatusRow} from '@site/src/migration-model/view-models';

// Each component imports its page's view model from `@generated/ax-migration/default/<name>.json`
// (written by the migration plugin); this module holds only the formatting they share.

/** `2027-03-08` → `8 March 2027`, the same on the server and in the browser. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(new Date(`${iso}T00:00:00Z`));
}

/** Whole days from `today` to `iso`; negative when past. */
export function daysUntil(iso: string, today: Date): number {
  return daysBetween(isoDay(today), iso);
}

/** `in 104 days`, `today`, `23 days ago`. */
export function countdown(days: number): string {
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

export const statusLabel: Record<CellStatus, string> = {
  unavailable: 'Not available',
  supported: 'Supported',
  deprecated: 'Deprecated',
  removed: 'Removed',
};

/** The newest release that has shipped by `today`. */
export function currentRelease<R extends Pick<RuntimeRelease, 'released'>>(releases: R[], today: string): R | undefined {
  return [...releases].reverse().find((r) => r.released <= today);
}

/** One-line history of an API: since, deprecated, removed, replacement. */
export function describeRow(row: ApiStatusRow): string {
  const parts = [`Available since runtime ${row.since}.`];
  if (row.deprecated) parts.push(`Deprecated in runtime ${row.deprecated} (${formatDate(row.deprecationDate!)}).`);
  if (row.removed) parts.push(`Removed in runtime ${row.removed} (${formatDate(row.removalDate!)}).`);
  if (row.replacement) parts.push(`Replace it with ${row.replacement}.`);
  return parts.join(' ');
}
