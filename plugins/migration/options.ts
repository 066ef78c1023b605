import type {OptionValidationContext} from '@docusaurus/types';
import * as z from 'zod';

/** What a site config may pass to the migration plugin. */
export const optionsSchema = z
  .object({
    /** Runtime releases, from `migration/releases.ts`. */
    releases: z.array(z.unknown()).min(1),
    /** File the releases come from, relative to the site root; findings point into it. */
    releasesFile: z.string().default('migration/releases.ts'),
    /** Folder holding one `<api>/index.d.ts` per API version, relative to the site root. */
    apiDir: z.string().default('migration/api'),
    /** API versions, oldest first; each is a folder of `apiDir`. */
    apis: z.array(z.string().regex(/^v\d+$/)).default(['v1', 'v2']),
    /** The migration guide whose `{#step}` headings the declarations' `@migration` tags name. */
    guide: z.string().default('migration/v1-to-v2.mdx'),
    /** Route base of the migration docs instance. */
    routeBasePath: z.string().default('/migration'),
    /** Where typedoc writes the API reference, inside the docs instance; `false` skips it. */
    referenceOut: z.union([z.string(), z.literal(false)]).default('migration/reference'),
    /** Team that owns the generated pages. */
    owner: z.string().default('runtime'),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

export function validateOptions({options}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const {id = 'default', ...rest} = (options ?? {}) as Options & {id?: string};
  const parsed = optionsSchema.safeParse(rest);
  if (!parsed.success) {
    throw new Error(`migration options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return {...parsed.data, id};
}
