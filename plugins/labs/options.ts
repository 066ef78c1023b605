import * as z from 'zod';
import {optionsValidator} from '../shared/plugin-options';

/** The labs plugin takes no options yet; the schema keeps typos out of the site config. */
export const optionsSchema = z.object({}).strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

export const validateOptions = optionsValidator('labs plugin', optionsSchema);
