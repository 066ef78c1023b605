/**
 * The content kinds every page declares, and how often each must be reviewed.
 * Runbooks go stale fastest because production changes under them.
 */
export const contentKinds = ['guide', 'tutorial', 'runbook', 'policy', 'reference', 'binder', 'lab'] as const;

export type ContentKind = (typeof contentKinds)[number];

/** Default review interval, in days, by kind. A page may override it with `review_interval`. */
export const reviewIntervalDays: Readonly<Record<ContentKind, number>> = {
  runbook: 90,
  tutorial: 120,
  lab: 120,
  binder: 90,
  guide: 180,
  policy: 180,
  reference: 365,
};

/** What each kind is for, as the contributing guide's table of kinds says. */
export const contentKindPurpose: Readonly<Record<ContentKind, string>> = {
  guide: 'Concepts, architecture and how-tos',
  tutorial: 'A guided, hands-on path with a result at the end',
  runbook: 'What the on-call engineer does when an alert fires',
  policy: 'Rules people must follow, with who approved them',
  reference: 'Facts to look up, usually generated from a typed source',
  binder: 'A section of the stakeholder handoff binder',
  lab: 'A hands-on lab in timed steps, each ending in a checkpoint the browser verifies',
};

/** The review interval that applies to a page. */
export function effectiveReviewInterval(kind: ContentKind, override?: number): number {
  return override ?? reviewIntervalDays[kind];
}
