import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the errors plugin. Routes come from src/routes/table.ts. */
export const optionsSchema = z
  .object({
    /** Error-frequency snapshot from the telemetry export, relative to the site root. */
    frequencySnapshot: z.string().default('errors/frequency-snapshot.json'),
    /** How many of the most frequent errors the index lists first. */
    topCount: z.number().int().positive().default(20),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks and normalises the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('errors plugin', optionsSchema);
