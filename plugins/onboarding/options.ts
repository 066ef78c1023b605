import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the onboarding plugin. Folders and URLs come from src/routes/table.ts. */
export const optionsSchema = z
  .object({
    /**
     * Base URL the recordings' media files are served from (they are not in git). Without it the
     * recording pages show transcripts and say the video is not available here: never a broken player.
     */
    mediaBaseUrl: z.url({protocol: /^https?$/}).optional(),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks and normalises the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('onboarding plugin', optionsSchema);
