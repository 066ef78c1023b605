import * as z from 'zod';
import {defaultMigrationPaths} from '../../src/migration-model/load';
import {docsInstances} from '../../src/routes/table';
import {optionsValidator} from '../shared/plugin-options';

/** What a site config may pass to the migration plugin. */
export const optionsSchema = z
  .object({
    /** Runtime releases, from `migration/releases.ts`; the `migration/releases` rule checks them. */
    releases: z.array(z.unknown()).min(1),
    /** File the releases come from, relative to the site root. */
    releasesFile: z.string().default(defaultMigrationPaths.releasesFile),
    /** Folder holding one `<api>/index.d.ts` per API version, relative to the site root. */
    apiDir: z.string().default(defaultMigrationPaths.apiDir),
    /** API versions, oldest first; each is a folder of `apiDir`. Default: every such folder. */
    apis: z.array(z.string().regex(/^v\d+$/)).optional(),
    /** The migration guide whose `{#step}` headings the declarations' `@migration` tags name. */
    guide: z.string().default(defaultMigrationPaths.guide),
    /** Git-ignored folder typedoc writes the API reference to (the API reference docs instance reads it); `false` skips it. */
    referenceOut: z.union([z.string(), z.literal(false)]).default(docsInstances.apiReference.folder),
    /** Team that owns the generated pages. */
    owner: z.string().default('runtime'),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema> & {id: string};

/** Checks and normalises the options given in docusaurus.config.ts. */
export const validateOptions = optionsValidator('migration', optionsSchema);
