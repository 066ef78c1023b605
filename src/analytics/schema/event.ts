import * as z from 'zod';
import {generatedFiles} from '../../routes/table';

/**
 * One telemetry event, as a marketplace export holds it (one per NDJSON line or Parquet row)
 * and as the site's own widgets (feedback, lab progress) send it.
 *
 * The table {@link eventRequirements} is the one statement of which event needs which field:
 * the zod schema below, the published JSON Schema and the snapshot tool's row checks (run in
 * SQL, because a million rows through zod would take longer than the metrics) all derive from it.
 */

/** Every event name, in funnel order. */
export const eventNames = [
  'listing_view',
  'search',
  'install',
  'uninstall',
  'plugin_active',
  'template_init',
  'plugin_published',
  'lab_started',
  'lab_completed',
  'feedback',
] as const;
export type EventName = (typeof eventNames)[number];

/** Fields an event may carry besides `ts`, `event` and `user`. */
export type EventField = 'plugin' | 'search_id' | 'query' | 'results' | 'archetype' | 'lab' | 'page' | 'rating' | 'reasons';

/** Which fields each event must carry, and which it may carry. */
export const eventRequirements: Readonly<Record<EventName, {required: readonly EventField[]; optional: readonly EventField[]}>> = {
  listing_view: {required: ['plugin'], optional: []},
  search: {required: ['search_id', 'query', 'results'], optional: []},
  // An install may carry the search that led to it: that is how search conversion is counted.
  install: {required: ['plugin'], optional: ['search_id']},
  uninstall: {required: ['plugin'], optional: []},
  plugin_active: {required: ['plugin'], optional: []},
  template_init: {required: ['archetype'], optional: []},
  // The template a published plugin started from, when it started from one: template adoption.
  plugin_published: {required: ['plugin'], optional: ['archetype']},
  lab_started: {required: ['lab'], optional: []},
  lab_completed: {required: ['lab'], optional: []},
  feedback: {required: ['page', 'rating'], optional: ['reasons']},
};

/** ISO 8601 UTC timestamp ending in `Z`, e.g. `2026-11-30T14:05:00Z` or with milliseconds. */
export const utcTimestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
/** Ids of plugins, labs and template archetypes: lower-case slugs. */
export const slugPattern = /^[a-z0-9][a-z0-9._-]*$/;

const slug = (what: string) => z.string().regex(slugPattern, {error: `expected a ${what} id (a lower-case slug)`});

/** Each field's schema, documented once. */
export const eventFieldSchemas = {
  /** When the event happened: ISO 8601 in UTC, ending in `Z`. */
  ts: z.string().regex(utcTimestampPattern, {error: 'expected an ISO 8601 UTC timestamp ending in Z'}),
  /** What happened. */
  event: z.enum(eventNames),
  /** Pseudonymous developer id; never an email or a name. */
  user: z.string().min(1).max(128),
  /** The marketplace plugin the event is about. */
  plugin: slug('plugin'),
  /** Id of one marketplace search; an install that followed it carries the same id. */
  search_id: z.string().min(1).max(128),
  /** The search text, as typed. */
  query: z.string().max(512),
  /** How many results the search showed. */
  results: z.number().int().min(0),
  /** The template archetype (`auth`, `data-sync`, …). */
  archetype: slug('template archetype'),
  /** The training lab. */
  lab: slug('lab'),
  /** The docs page the feedback is about, as a site path. */
  page: z.string().regex(/^\//, {error: 'expected a site path starting with /'}),
  /** Was the page helpful? */
  rating: z.enum(['up', 'down']),
  /** Why, as the reader picked from the survey's choices. */
  reasons: z.array(z.string().max(200)).max(20),
} satisfies Record<'ts' | 'event' | 'user' | EventField, z.ZodType>;

function eventSchema<E extends EventName>(name: E) {
  const {required, optional} = eventRequirements[name];
  const shape: Record<string, z.ZodType> = {ts: eventFieldSchemas.ts, event: z.literal(name), user: eventFieldSchemas.user};
  for (const field of required) shape[field] = eventFieldSchemas[field];
  for (const field of optional) shape[field] = eventFieldSchemas[field].optional();
  return z.object(shape);
}

/** One telemetry event: the union of every event's shape, told apart by `event`. */
export const telemetryEventSchema = z.discriminatedUnion(
  'event',
  eventNames.map((name) => eventSchema(name)) as unknown as [ReturnType<typeof eventSchema>, ...ReturnType<typeof eventSchema>[]],
);

/** One event, typed loosely enough for code that writes exports (the generator, the widgets). */
export interface TelemetryEvent {
  ts: string;
  event: EventName;
  user: string;
  plugin?: string;
  search_id?: string;
  query?: string;
  results?: number;
  archetype?: string;
  lab?: string;
  page?: string;
  rating?: 'up' | 'down';
  reasons?: string[];
}

/** The JSON Schema published at `/analytics/events.schema.json`. */
export function eventsJsonSchema(siteUrl: string): Record<string, unknown> {
  return {
    $id: `${siteUrl.replace(/\/$/, '')}${generatedFiles.analyticsEventsSchema}`,
    title: 'ax marketplace telemetry event',
    ...z.toJSONSchema(telemetryEventSchema, {target: 'draft-2020-12'}),
  };
}
