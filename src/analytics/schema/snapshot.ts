import * as z from 'zod';
import {generatedFiles} from '../../routes/table';
import {slugPattern, utcTimestampPattern} from './event';

/**
 * The metrics snapshot: what `npm run analytics:snapshot` writes, what the build renders and
 * what a live endpoint (`GET {url}/v1/snapshot`) serves. The metric definitions are the SQL
 * files in `analytics/metrics/`; the analytics guide states them in words. Ratios are unrounded
 * numbers in [0, 1]; they are rounded only for display. `null` means "no data", never zero.
 */

const ratio = z.number().min(0).max(1);
const count = z.number().int().min(0);
const timestamp = z.string().regex(utcTimestampPattern, {error: 'expected an ISO 8601 UTC timestamp ending in Z'});
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {error: 'expected a date (YYYY-MM-DD)'});
/** An ISO week, `2026-W48`. Weeks start on Monday, in UTC. */
const isoWeek = z.string().regex(/^\d{4}-W\d{2}$/, {error: 'expected an ISO week (YYYY-Www)'});
const pluginId = z.string().regex(slugPattern, {error: 'expected a plugin id'});
/** `overall`, or a plugin id. */
const scope = z.string().regex(slugPattern, {error: 'expected "overall" or a plugin id'});

/** One ISO week of activity. */
export const weekMetricsSchema = z.object({
  /** The ISO week, `YYYY-Www`. */
  week: isoWeek,
  /** Its Monday. */
  start: isoDate,
  /** True when the week's end (the next Monday, 00:00 UTC) is after `asOf`: the week is incomplete. */
  partial: z.boolean(),
  /** Distinct users with at least one event in the week. */
  activeDevelopers: count,
  /** `install` events in the week. */
  installs: count,
  /** `search` events in the week. */
  searches: count,
  /** Searches whose `search_id` an install carried within 24 h after the search, ÷ searches; null without searches. */
  searchConversion: ratio.nullable(),
});

/** One UTC day of activity. */
export const dayMetricsSchema = z.object({
  date: isoDate,
  /** Distinct users with at least one event that day. */
  activeDevelopers: count,
});

/** The adoption funnel over (user, plugin) pairs. */
export const funnelSchema = z.object({
  /** Pairs whose first `listing_view` is at or before `asOf` − 37 days. */
  viewed: count,
  /** Of those, pairs with an `install` within 7 days after the first view. */
  installed: count,
  /** Of the installed, pairs with a `plugin_active` at least 30 days after the install. */
  retained: count,
});

/** One install cohort: the (user, plugin) pairs whose first install fell in `cohort`. */
export const cohortSchema = z.object({
  /** `overall`, or the plugin the cohort is for. */
  scope,
  /** The ISO week of the pairs' first install. */
  cohort: isoWeek,
  /** Its Monday. */
  start: isoDate,
  /** Pairs in the cohort. */
  size: count,
  /** `retention[k]`: share of the pairs with a `plugin_active` in week cohort + k; `[0]` is 1; null while week k is not complete. */
  retention: z.array(ratio.nullable()),
});

/** A week-over-week installs alert. */
export const alertSchema = z.object({
  scope,
  /** The last complete week. */
  week: isoWeek,
  /** Installs in `week`. */
  current: count,
  /** Installs in the week before. */
  previous: count,
  /** (current − previous) ÷ previous; null when previous is 0. */
  change: z.number().nullable(),
  /** Tested in order: no_data (previous = 0), low_volume (previous < 10), firing (change < −0.20), ok. */
  state: z.enum(['no_data', 'low_volume', 'firing', 'ok']),
});

/** One plugin's headline figures, for the top-plugins table and its own page. */
export const pluginSummarySchema = z.object({
  plugin: pluginId,
  /** Installs over the whole export. */
  installs: count,
  /** Installs in the last complete week. */
  installsLastWeek: count,
  /** Distinct users with a `plugin_active` for the plugin in the last complete week. */
  activeLastWeek: count,
  /** The plugin's funnel. */
  funnel: funnelSchema,
  /** Installs per ISO week, same weeks as the snapshot's `weeks`. */
  weeklyInstalls: z.array(z.object({week: isoWeek, installs: count})),
});

/** A query's count in the last complete week and the week before. */
export const queryTrendSchema = z.object({
  query: z.string(),
  /** Searches in the last complete week. */
  current: count,
  /** Searches in the week before it. */
  previous: count,
});

export const searchTrendsSchema = z.object({
  /** The last complete week; null when no week is complete. */
  week: isoWeek.nullable(),
  /** Most searched queries in `week`, most first. */
  top: z.array(queryTrendSchema),
  /** Queries searched more in `week` than the week before, by growth. */
  rising: z.array(queryTrendSchema),
  /** Queries that showed no results in `week`, with how often. */
  zeroResults: z.array(z.object({query: z.string(), searches: count})),
});

export const templateUsageSchema = z.object({
  /** Per archetype: `template_init` events and their share of all of them. */
  archetypes: z.array(z.object({archetype: z.string().regex(slugPattern), inits: count, share: ratio})),
  /** Share of `plugin_published` events that carry an archetype; null when none were published. */
  templateAdoption: ratio.nullable(),
});

export const labCompletionSchema = z.object({
  lab: z.string().regex(slugPattern),
  /** Distinct users with `lab_started` or `lab_completed`. */
  started: count,
  /** Distinct users with `lab_completed`. */
  completed: count,
  /** completed ÷ started; null when nobody started. */
  completionRate: ratio.nullable(),
});

export const helpfulnessSchema = z.object({
  /** Share of `feedback` events rated up; null without feedback. */
  overall: ratio.nullable(),
  /** Feedback events counted. */
  responses: count,
  pages: z.array(z.object({page: z.string(), up: count, down: count, share: ratio})),
});

/** The snapshot document. */
export const snapshotSchema = z.object({
  /** Bumped when a field changes meaning. */
  schemaVersion: z.literal(1),
  /** Where the events came from. */
  source: z.object({
    /** The export's file name (committed snapshot) or the endpoint's name (live). */
    name: z.string(),
    /** True when the events are synthetic, generated by `npm run analytics:generate`. */
    synthetic: z.boolean(),
    /** Events read. */
    events: count,
  }),
  /** The newest event's `ts`: the data's "as of", never the time it was computed. */
  asOf: timestamp,
  /** The oldest event's `ts`. */
  firstEvent: timestamp,
  weeks: z.array(weekMetricsSchema),
  days: z.array(dayMetricsSchema),
  funnel: funnelSchema,
  plugins: z.array(pluginSummarySchema),
  cohorts: z.array(cohortSchema),
  alerts: z.array(alertSchema),
  searchTrends: searchTrendsSchema,
  templates: templateUsageSchema,
  labs: z.array(labCompletionSchema),
  helpfulness: helpfulnessSchema,
});

export type Snapshot = z.infer<typeof snapshotSchema>;
export type WeekMetrics = z.infer<typeof weekMetricsSchema>;
export type Cohort = z.infer<typeof cohortSchema>;
export type Alert = z.infer<typeof alertSchema>;
export type PluginSummary = z.infer<typeof pluginSummarySchema>;

/** The JSON Schema published at `/analytics/snapshot.schema.json`. */
export function snapshotJsonSchema(siteUrl: string): Record<string, unknown> {
  return {
    $id: `${siteUrl.replace(/\/$/, '')}${generatedFiles.analyticsSnapshotSchema}`,
    title: 'ax marketplace metrics snapshot',
    ...z.toJSONSchema(snapshotSchema, {target: 'draft-2020-12'}),
  };
}
