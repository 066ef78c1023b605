import {usePluginData} from '@docusaurus/useGlobalData';
import {daysBetween, isoDay} from '@site/src/content-model/dates';
import type {CellStatus, CompatibilityData, MatrixRow, RuntimeRelease} from '@site/plugins/migration/types';

/** The compatibility data the migration plugin derived from the typed sources. */
export function useCompatibility(): CompatibilityData {
  return usePluginData('ax-migration') as CompatibilityData;
}

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
export function currentRelease(releases: RuntimeRelease[], today: string): RuntimeRelease | undefined {
  return [...releases].reverse().find((r) => r.released <= today);
}

/** One-line history of an API: since, deprecated, removed, replacement. */
export function describeRow(row: MatrixRow): string {
  const parts = [`Available since runtime ${row.since}.`];
  if (row.deprecated) parts.push(`Deprecated in runtime ${row.deprecated} (${formatDate(row.deprecationDate!)}).`);
  if (row.removed) parts.push(`Removed in runtime ${row.removed} (${formatDate(row.removalDate!)}).`);
  if (row.replacement) parts.push(`Replace it with ${row.replacement}.`);
  return parts.join(' ');
}
