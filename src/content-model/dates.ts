/** Calendar arithmetic on ISO days (YYYY-MM-DD, UTC). Free of zod, so client components can use it. */

const DAY = 86_400_000;

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** `date` plus `days`, as YYYY-MM-DD; throws on a day that is not a real ISO date, rather than return "NaN-…". */
export function addDays(date: string, days: number): string {
  const start = utc(date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(start) || isoDay(new Date(start)) !== date) {
    throw new Error(`Unexpected day "${date}", expected a real ISO date (YYYY-MM-DD)`);
  }
  return isoDay(new Date(start + days * DAY));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY);
}

/** The ISO day (UTC) of a moment, by default now: the day builds and checks judge freshness against. */
export function isoDay(moment: Date = new Date()): string {
  return moment.toISOString().slice(0, 10);
}
