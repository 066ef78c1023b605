import {addDays, daysBetween} from '../content-model/dates';
import {effectiveReviewInterval, type ContentKind} from '../content-model/kinds';

export {addDays, daysBetween};

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
