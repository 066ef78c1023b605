import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the binder plugin. */
export const optionsSchema = z
  .object({
    /**
     * The commit the build is of, when the checkout has no git (a release tarball); by default
     * the checkout's HEAD is read, and with neither the evidence page shows "No data".
     */
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/, 'a full 40-character commit hash')
      .optional(),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('binder plugin', optionsSchema);
