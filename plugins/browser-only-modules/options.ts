import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the browser-only-modules plugin. */
export const optionsSchema = z
  .object({
    /**
     * Packages that only ever run in the browser (loaded from an effect, never during server
     * rendering). The server bundle gets an empty module in their place.
     */
    modules: z.array(z.string().regex(/^(@[a-z0-9-]+\/)?[a-z0-9.-]+$/, 'expected a package name, such as mermaid')).default([]),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks and normalises the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('browser-only-modules plugin', optionsSchema);
