/**
 * How figures read on the page, in captions and in the text alternatives of charts. The same
 * functions run at build time and in the browser (live mode), so a figure reads the same either
 * way. Locale-independent on purpose: the build machine's locale must not change the page.
 */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What every view shows where a value is null: never a number. */
export const noData = 'No data';

/** `2026-11-26T15:42:10Z` → `26 Nov 2026, 15:42 UTC`: the data's own time, always in UTC. */
export function formatAsOf(timestamp: string): string {
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return timestamp;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** `2026-09-07` → `7 Sep`; with the year when asked. */
export function formatDay(isoDate: string, withYear = false): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]}${withYear ? ` ${y}` : ''}`;
}

/** A count with thousands separators: `12,408`. */
export function formatCount(n: number | null): string {
  if (n === null) return noData;
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A ratio as a percentage with one decimal: `0.1826` → `18.3%`. Rounded only here, for display. */
export function formatPercent(ratio: number | null): string {
  if (ratio === null) return noData;
  return `${(ratio * 100).toFixed(1)}%`;
}

/** A signed change: `-0.25` → `−25.0%`, `0.1` → `+10.0%`. */
export function formatChange(change: number | null): string {
  if (change === null) return noData;
  const text = `${Math.abs(change * 100).toFixed(1)}%`;
  return change < 0 ? `−${text}` : `+${text}`;
}

/** `2026-W48` → `W48`, for axis labels where the year is in the caption. */
export const shortWeek = (week: string) => week.slice(5);
