import * as z from 'zod';
import {teamIds} from '../content-model/registry/teams';

/**
 * Where a KPI's actual value comes from. Every value is read from one of these, never typed:
 * `none` means the project has no source yet, and the scorecard shows "No data".
 */
export const kpiSources = ['analytics-snapshot', 'security-snapshots', 'drill-logs', 'test-evidence', 'none'] as const;
export type KpiSource = (typeof kpiSources)[number];

/** One success metric of PRD §7, with the target the items set for it. */
export const kpiSchema = z
  .object({
    /** Stable, lower-case id; the measurement of the same id fills it in. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** What the scorecard calls it. */
    name: z.string().min(1),
    /** Unit of the value, target and threshold: a share in [0, 1] is `ratio`. */
    unit: z.enum(['count', 'ratio', 'hours', 'change']),
    /** Whether a higher value is better; a falling response time reads "better". */
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    /** On track when the value reaches this (at or above, or at or below for lower-is-better). */
    target: z.number(),
    /** At risk between this and the target; past it, off track. */
    atRisk: z.number(),
    /** Id of the team answerable for the KPI, from the team registry. */
    owner: z.enum(teamIds),
    /** Which data the actual value is read from. */
    source: z.enum(kpiSources),
    /** How the value is derived from its source, in one sentence, for the scorecard. */
    definition: z.string().min(1),
    /** Days after the data's "as of" that the value still counts; older data shows "Stale". */
    freshnessDays: z.number().int().positive(),
  })
  .strict()
  .refine((k) => (k.direction === 'higher-is-better' ? k.atRisk <= k.target : k.atRisk >= k.target), {
    error: 'Unexpected at-risk threshold on the good side of the target, expected it between the target and off track',
    path: ['atRisk'],
  });

export type KpiInput = z.input<typeof kpiSchema>;
export type Kpi = z.output<typeof kpiSchema>;

/** A value read from a source: the value, the value of the period before (for the trend), and as of when. */
export interface Measurement {
  /** null: the source exists but holds no value for this KPI. */
  value: number | null;
  /** The same figure one period earlier, when the source has one. */
  previous?: number | null;
  /** Day the data is as of, YYYY-MM-DD. */
  asOf: string;
}
