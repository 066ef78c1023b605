import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** The compile-hints plugin takes no options; the schema only rejects stray ones. */
export const optionsSchema = z.object({}).strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('compile-hints plugin', optionsSchema);
