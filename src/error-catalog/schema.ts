import * as z from 'zod';
import {areaIds, paramTypes, severities} from './areas';
import {ERROR_ID_PATTERN} from './id';

/**
 * One error in `catalog.json`: what a CLI or a support tool needs to explain it. The shape of
 * a catalog entry is written here once; {@link ErrorEntry} is this minus what the build adds.
 */
export const catalogJsonErrorSchema = z
  .object({
    /** `AX` and four digits, in the range of the area. */
    id: z.string().regex(ERROR_ID_PATTERN),
    /** A short noun phrase, shown after the ID in the page title. */
    title: z.string().min(1),
    area: z.enum(areaIds),
    severity: z.enum(severities),
    /** Added by the build: `retired` when `retiredIn` is set. */
    status: z.enum(['active', 'retired']),
    /** The text the CLI prints, with `{name}` placeholders typed in `params`. */
    message: z.string().min(1),
    /** Type of each placeholder in `message`. */
    params: z.record(z.string(), z.enum(paramTypes)),
    /** Why it happens, most likely first. */
    causes: z.array(z.string().min(1)).min(1),
    /**
     * What to do, in order. A step may quote `ax …` commands in backticks; `command` is run for
     * the step; `versions` limits a step to some CLI versions (`>=2.1.0`, `>=2.0.0 <2.1.0`).
     * Every command is checked against the CLI spec.
     */
    fixes: z.array(z.object({step: z.string().min(1), command: z.string().optional(), versions: z.string().optional()}).strict()).min(1),
    /** Added by the build: absolute URL of the error's page. */
    url: z.string().url(),
    /** Older codes that mean the same error; each gets a redirect to this page. */
    aliases: z.array(z.string()),
    /** Runbooks, guides and other errors; `doc` is a site path from the route table. */
    related: z.array(z.union([z.object({error: z.string()}).strict(), z.object({doc: z.string(), label: z.string()}).strict()])),
    /** CLI or platform version that first emitted it. */
    introducedIn: z.string(),
    /** Version that stopped emitting it. */
    retiredIn: z.string().optional(),
    /** The ID emitted instead, for retired errors. */
    replacedBy: z.string().optional(),
    /** Why it was retired, for a retired error without a single replacement. */
    retiredNote: z.string().optional(),
  })
  .strict();
export type CatalogJsonError = z.output<typeof catalogJsonErrorSchema>;

/** The whole machine-readable catalog. */
export const catalogJsonSchema = z
  .object({
    /** CLI version the catalog describes. */
    version: z.string(),
    errors: z.array(catalogJsonErrorSchema),
  })
  .strict();
export type CatalogJson = z.output<typeof catalogJsonSchema>;
