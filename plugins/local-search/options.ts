import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

import {unsearchedRoutes} from '../../src/routes/table';

/** Routes that are not content: the not-found page and the search page. */
export const defaultExcludeRoutes = unsearchedRoutes;

/** What a site config may pass to the local-search plugin. */
export const optionsSchema = z
  .object({
    /** Folder of the index inside the build output, and its URL below baseUrl. */
    indexPath: z.string().regex(/^[a-z0-9-]+$/).default('search-index'),
    /** Characters of a term that pick its shard; 2 keeps the first query's download small up to 10,000 pages. */
    prefixLength: z.number().int().min(1).max(3).default(2),
    /** Result entries per unit shard; a result list fetches only the unit shards its results are in. */
    unitsPerShard: z.number().int().min(10).max(1000).default(32),
    /** Term shards above this many bytes are split by a longer prefix. */
    maxShardBytes: z.number().int().min(1024).default(40 * 1024),
    /** From this many pages on, half of them are read back in a worker thread, beside the other half. */
    parallelFrom: z.number().int().min(1).default(600),
    /** Route paths left out of the index (exact paths). */
    excludeRoutes: z.array(z.string()).default([...defaultExcludeRoutes]),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks and normalises the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('local-search', optionsSchema);
