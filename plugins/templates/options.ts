import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the templates plugin. */
export const optionsSchema = z
  .object({
    /** Runtime releases, from `migration/releases.ts`: the releases templates are checked against. */
    releases: z.array(z.unknown()).min(1),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('templates plugin', optionsSchema);
