import type {OptionValidationContext} from '@docusaurus/types';
import * as z from 'zod';

/** What a site config may pass to the errors plugin. */
export const optionsSchema = z
  .object({
    /** Site path of the error pages and the index. */
    routeBasePath: z.string().regex(/^\/[a-z-]+$/).default('/errors'),
    /** Site path of the CLI reference; one page per command below it. */
    cliReferencePath: z.string().regex(/^\/[a-z/-]+$/).default('/docs/reference/cli'),
    /** Error-frequency snapshot from the telemetry export, relative to the site root. */
    frequencySnapshot: z.string().default('errors/frequency-snapshot.json'),
    /** How many of the most frequent errors the index lists first. */
    topCount: z.number().int().positive().default(20),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

export function validateOptions({options}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const {id = 'default', ...rest} = (options ?? {}) as Options & {id?: string};
  const parsed = optionsSchema.safeParse(rest);
  if (!parsed.success) {
    throw new Error(`errors plugin options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return {...parsed.data, id};
}
