import * as z from 'zod';
import {teamIds} from '../content-model/registry/teams';
import {lintRuleIds} from './lint-rules';

/**
 * The schema of the template registry (`templates/registry.ts`): the one source of every fact
 * about a plugin template that the CLI reference, the template pages, the compatibility matrix
 * and the sample workspaces show. The registry module itself imports only the types below, so
 * the CLI spec can read it without pulling zod in; the checks and the build parse it here.
 */

/** Lower-case words joined by dashes: an archetype id, its folder and its URL segment. */
const slug = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {error: 'expected lower-case words joined by dashes, for example data-sync'});
const runtimeVersion = z.string().regex(/^\d+\.\d+$/, {error: 'expected a runtime release as major.minor, for example 2.3'});
const sentence = z.string().trim().min(1);

/** A datastore adapter that `ax plugin init --datastore` can add to a scaffold. */
export const datastoreSchema = z
  .object({
    /** Value of `--datastore`, for example `postgres`. */
    id: slug,
    /** How pages name it, for example `PostgreSQL`. */
    name: sentence,
    /** One sentence: what choosing it gives the plugin. */
    summary: sentence,
    /** Permissions `ax plugin init` adds to the manifest when it is chosen. */
    permissions: z.array(z.string().regex(/^[a-z]+:[\w.-]+$/, {error: 'expected a permission like store:write'})),
  })
  .strict();

/** One reference template: its facts, and the scaffold kept in `templates/<archetype>/`. */
export const templateSchema = z
  .object({
    /** Value of `--template`, the folder below `templates/` and the page's URL segment. */
    archetype: slug,
    /** Display name, for example `Workflow automation`. */
    name: sentence,
    /** One sentence: the kind of plugin it starts. */
    summary: sentence,
    /** Plugins to start from it, most typical first. */
    useCases: z.array(sentence).min(1),
    /** What the scaffold already does, for the comparison page. */
    includes: z.array(sentence).min(1),
    /** Team that maintains the template and its pages, from the team registry. */
    owner: z.enum(teamIds),
    /** Values `--datastore` accepts for it; the first is what `ax plugin init` and the sample workspace use when none is given. */
    datastores: z.array(slug).min(1),
    /** Opinionated lint rules the scaffold ships (`ax-lint.json`) and its own files pass, by id. */
    lintRules: z.array(z.enum(lintRuleIds)).min(1),
    /** What the template claims to work on; the build checks every claim against the runtime API. */
    compatibility: z
      .object({
        /**
         * Runtime releases from `migration/releases.ts`, oldest first, that `--runtime` accepts
         * for it. Its source is type-checked against each one's API (`migration/api/v<major>`),
         * and its manifest against that API's manifest.
         */
        runtimes: z.array(runtimeVersion).min(1),
      })
      .strict(),
    /** Files of the scaffold shown in full on the template's page, besides the manifest and entry module. */
    highlight: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** A datastore adapter as written in the registry. */
export type DatastoreInput = z.input<typeof datastoreSchema>;
export type Datastore = z.output<typeof datastoreSchema>;
/** A template as written in the registry. */
export type TemplateInput = z.input<typeof templateSchema>;
/** A template as the build reads it, defaults filled in. */
export type Template = z.output<typeof templateSchema>;

/** What `templates/registry.ts` exports. */
export const registrySchema = z.object({
  datastores: z.array(datastoreSchema).min(1),
  templateRegistry: z.array(templateSchema).min(1),
});
