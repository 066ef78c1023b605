import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the runbooks plugin. */
export const optionsSchema = z
  .object({
    /** Folder of the runbooks docs instance, relative to the site root. */
    root: z.string().default('runbooks'),
    /** Route base of that instance, without the site's baseUrl. */
    routeBasePath: z.string().default('runbooks'),
    /** Day to judge freshness and drills against, YYYY-MM-DD; defaults to the build day. */
    today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks and normalises the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('runbooks plugin', optionsSchema);
