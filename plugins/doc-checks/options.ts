import type {OptionValidationContext} from '@docusaurus/types';
import * as z from 'zod';
import {contentRoots} from '../../src/checks/site-model';

/** What a site config may pass to the doc-checks plugin. */
export const optionsSchema = z
  .object({
    /** Per-rule severity: `off`, `warn` or `error`. */
    rules: z.record(z.string(), z.enum(['off', 'warn', 'error'])).default({}),
    /** Folders to check, relative to the site root. */
    roots: z.array(z.string()).default([...contentRoots]),
    /** Fail the build on error findings. Defaults to true in production builds only, so `npm start` shows warnings. */
    failOnError: z.boolean().optional(),
    /** Day to judge freshness against, YYYY-MM-DD; defaults to the build date. */
    today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

export function validateOptions({options}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const {id = 'default', ...rest} = (options ?? {}) as Options & {id?: string};
  const parsed = optionsSchema.safeParse(rest);
  if (!parsed.success) {
    throw new Error(`doc-checks options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return {...parsed.data, id};
}
