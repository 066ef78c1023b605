import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/**
 * Where the recordings' media is served: `<mediaBaseUrl>/<id>.mp4` and `<id>.vtt`. Given by
 * `AX_MEDIA_BASE_URL` at build time; without it the pages show no player, only the transcript.
 */
export const optionsSchema = z
  .object({
    mediaBaseUrl: z
      .url({protocol: /^https?$/})
      .transform((u) => u.replace(/\/+$/, ''))
      .optional(),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

export const validateOptions = optionsValidator('recordings plugin', optionsSchema);
