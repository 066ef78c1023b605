import type {TelemetryEvent} from '../analytics/schema/event';

/**
 * The events the site's own widgets send, as they hand them to the queue: the queue adds `ts`
 * and `user`. Shapes follow `src/analytics/schema/event.ts`; that module is imported for its
 * types only, because its values bring zod, which stays out of the browser chunks.
 */
export type SiteEventInput =
  | {event: 'feedback'; page: string; rating: 'up' | 'down'; reasons?: readonly string[]}
  | {event: 'lab_started' | 'lab_completed'; lab: string};

/** Same pattern as the schema's `slugPattern` (kept in step by the unit test that parses every event). */
const slugPattern = /^[a-z0-9][a-z0-9._-]*$/;

/** The feedback survey's reasons for "No", as stored in `reasons`. */
export const feedbackReasons = [
  {id: 'outdated', label: 'Outdated'},
  {id: 'missing-information', label: 'Missing information'},
  {id: 'command-or-sample-failed', label: 'A command or sample did not work'},
  {id: 'other', label: 'Other'},
] as const;
export type FeedbackReasonId = (typeof feedbackReasons)[number]['id'];

/**
 * Why an input cannot become an event, or undefined when it can. The widgets build their inputs
 * from typed data, so this guards against programming mistakes, not against readers.
 */
export function siteEventProblem(input: SiteEventInput): string | undefined {
  if (input.event === 'feedback') {
    if (!input.page.startsWith('/')) return `Unexpected page "${input.page}", expected a site path starting with /`;
    if (input.rating !== 'up' && input.rating !== 'down') return `Unexpected rating "${String(input.rating)}", expected up or down`;
    const reasons = input.reasons ?? [];
    if (reasons.length > 20) return `Unexpected ${reasons.length} reasons, expected at most 20`;
    const long = reasons.find((r) => r.length > 200);
    if (long !== undefined) return `Unexpected reason of ${long.length} characters, expected at most 200`;
    return undefined;
  }
  if (!slugPattern.test(input.lab)) return `Unexpected lab id "${input.lab}", expected a lower-case slug`;
  return undefined;
}

/** The stored event: the input plus when and who, with no field the schema does not know. */
export function toTelemetryEvent(input: SiteEventInput, ts: string, user: string): TelemetryEvent {
  if (input.event === 'feedback') {
    return {
      ts,
      event: 'feedback',
      user,
      page: input.page,
      rating: input.rating,
      ...(input.reasons && input.reasons.length > 0 ? {reasons: [...input.reasons]} : {}),
    };
  }
  return {ts, event: input.event, user, lab: input.lab};
}

/** Prefix of the reader's comment among the reasons (the event schema has no comment field). */
export const commentPrefix = 'comment: ';
/** Longest comment kept: a reason holds at most 200 characters, prefix included. */
export const maxCommentLength = 200 - commentPrefix.length;

/**
 * The `reasons` of a "No": the picked reason ids in survey order, then the comment, if any,
 * trimmed and cut to fit. The comment travels as a reason because the analytics event schema
 * carries no free-text field; its prefix tells it apart from the survey's ids.
 */
export function feedbackReasonList(picked: ReadonlySet<string>, comment: string): string[] {
  const reasons: string[] = feedbackReasons.filter((r) => picked.has(r.id)).map((r) => r.id);
  const text = comment.replace(/\s+/g, ' ').trim().slice(0, maxCommentLength);
  if (text) reasons.push(`${commentPrefix}${text}`);
  return reasons;
}
