import type {OptionValidationContext} from '@docusaurus/types';
import * as z from 'zod';

/** What a site config may pass to the runbooks plugin. */
export const optionsSchema = z
  .object({
    /** Folder of the runbooks docs instance, relative to the site root. */
    root: z.string().default('runbooks'),
    /** Route base of that instance, without the site's baseUrl. */
    routeBasePath: z.string().default('runbooks'),
    /** Day to judge freshness and drills against, YYYY-MM-DD; defaults to the build day. */
    today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

export function validateOptions({options}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const {id = 'default', ...rest} = (options ?? {}) as Options & {id?: string};
  const parsed = optionsSchema.safeParse(rest);
  if (!parsed.success) {
    throw new Error(`runbooks options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return {...parsed.data, id};
}
