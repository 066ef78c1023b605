/**
 * The content kinds every page declares, and how often each must be reviewed.
 * Runbooks go stale fastest because production changes under them.
 */
export const contentKinds = ['guide', 'tutorial', 'runbook', 'policy', 'reference', 'binder'] as const;

export type ContentKind = (typeof contentKinds)[number];

/** Default review interval, in days, by kind. A page may override it with `review_interval`. */
export const reviewIntervalDays: Readonly<Record<ContentKind, number>> = {
  runbook: 90,
  tutorial: 120,
  binder: 90,
  guide: 180,
  policy: 180,
  reference: 365,
};

/** The review interval that applies to a page. */
export function effectiveReviewInterval(kind: ContentKind, override?: number): number {
  return override ?? reviewIntervalDays[kind];
}
