import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the runbooks plugin. The folder and URLs come from src/routes/table.ts. */
export const optionsSchema = z
  .object({
    /** Day to judge freshness and drills against, YYYY-MM-DD; defaults to the build day. */
    today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks and normalises the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('runbooks plugin', optionsSchema);
