import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the prebuilt-mermaid plugin. */
export const optionsSchema = z
  .object({
    /** Folder of the build output, below baseUrl, that Mermaid's own files are copied to (a version folder goes inside). */
    assetDir: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'expected a relative folder such as assets/mermaid').default('assets/mermaid'),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks and normalises the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('prebuilt-mermaid plugin', optionsSchema);
