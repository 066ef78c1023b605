import {effectiveReviewInterval, type ContentKind} from '../content-model/kinds';

/** Where a page stands against its review interval. */
export type FreshnessStatus = 'fresh' | 'due-soon' | 'stale';

/** A page's review clock, judged on one day. Pure, so the footer and the rules agree. */
export interface Freshness {
  /** Whole days since `last_reviewed`. */
  ageDays: number;
  /** Review interval that applies, in days. */
  intervalDays: number;
  /** Day the next review is due, YYYY-MM-DD. */
  dueDate: string;
  /** Days until due; negative once overdue. */
  daysUntilDue: number;
  status: FreshnessStatus;
}

/** The last share of an interval in which a review is "due soon". */
export const dueSoonShare = 0.2;

const DAY = 86_400_000;

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Adds days to an ISO date. */
export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY);
}

/** Judges a page reviewed on `lastReviewed` on the day `today`. */
export function freshness(lastReviewed: string, kind: ContentKind, today: string, reviewInterval?: number): Freshness {
  const intervalDays = effectiveReviewInterval(kind, reviewInterval);
  const ageDays = daysBetween(lastReviewed, today);
  const dueDate = addDays(lastReviewed, intervalDays);
  const daysUntilDue = intervalDays - ageDays;
  const status: FreshnessStatus =
    daysUntilDue < 0 ? 'stale' : ageDays >= intervalDays * (1 - dueSoonShare) ? 'due-soon' : 'fresh';
  return {ageDays, intervalDays, dueDate, daysUntilDue, status};
}
