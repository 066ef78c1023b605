import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the analytics plugin. */
export const optionsSchema = z
  .object({
    /** The telemetry export the build computes the snapshot from (NDJSON, NDJSON.gz or Parquet), relative to the site root. */
    eventsFile: z.string().min(1).default('analytics/events.parquet'),
    /**
     * A snapshot JSON to render instead of computing one from `eventsFile`, relative to the site
     * root: for tests, and for a site that computes its snapshot elsewhere. It is validated all the same.
     */
    snapshotFile: z.string().min(1).optional(),
    /** The live endpoint's base URL (`AX_ANALYTICS_URL`); the widgets fetch `{liveUrl}/v1/snapshot` after hydration. Unset: snapshot only. */
    liveUrl: z.url({protocol: /^https?$/, error: 'expected an http(s) URL'}).optional(),
    /** How long the browser waits for the live endpoint before it keeps the snapshot. */
    liveTimeoutMs: z.number().int().positive().default(5000),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks and normalises the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('analytics plugin', optionsSchema);
