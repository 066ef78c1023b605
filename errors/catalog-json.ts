import * as z from 'zod';
import {cliSpec} from '../src/cli-spec';
import {errorCatalog, errorPath} from './index';
import {areaIds, severities, statusOf, type ErrorEntry} from './types';

const paramTypes = ['string', 'integer', 'version', 'duration', 'path', 'url', 'timestamp', 'id', 'command'] as const;

/** One error in `/errors/catalog.json`: what a CLI or a support tool needs to explain it. */
export const catalogJsonErrorSchema = z
  .object({
    /** `AX` and four digits. */
    id: z.string().regex(/^AX\d{4}$/),
    title: z.string().min(1),
    area: z.enum(areaIds as [string, ...string[]]),
    severity: z.enum(severities),
    status: z.enum(['active', 'retired']),
    /** The text the CLI prints, with `{name}` placeholders. */
    message: z.string().min(1),
    /** Type of each placeholder in `message`. */
    params: z.record(z.string(), z.enum(paramTypes)),
    /** Most likely first. */
    causes: z.array(z.string().min(1)).min(1),
    /** Ordered steps; `versions` limits a step to some CLI versions. */
    fixes: z.array(z.object({step: z.string().min(1), command: z.string().optional(), versions: z.string().optional()}).strict()).min(1),
    /** Absolute URL of the error's page. */
    url: z.string().url(),
    aliases: z.array(z.string()),
    related: z.array(z.union([z.object({error: z.string()}).strict(), z.object({doc: z.string(), label: z.string()}).strict()])),
    introducedIn: z.string(),
    retiredIn: z.string().optional(),
    replacedBy: z.string().optional(),
    retiredNote: z.string().optional(),
  })
  .strict();

/** The whole machine-readable catalog. */
export const catalogJsonSchema = z
  .object({
    /** CLI version the catalog describes. */
    version: z.string(),
    errors: z.array(catalogJsonErrorSchema),
  })
  .strict();
export type CatalogJson = z.output<typeof catalogJsonSchema>;

/** The catalog as JSON, with absolute page URLs on `siteUrl`. */
export function toCatalogJson(siteUrl: string, catalog: readonly ErrorEntry[] = errorCatalog): CatalogJson {
  const origin = siteUrl.replace(/\/$/, '');
  return {
    version: cliSpec.version,
    errors: catalog.map((e) => ({
      id: e.id,
      title: e.title,
      area: e.area,
      severity: e.severity,
      status: statusOf(e),
      message: e.message,
      params: {...e.params},
      causes: [...e.causes],
      fixes: e.fixes.map((f) => ({...f})),
      url: `${origin}${errorPath(e.id)}`,
      aliases: [...e.aliases],
      related: e.related.map((r) => ({...r})),
      introducedIn: e.introducedIn,
      ...(e.retiredIn ? {retiredIn: e.retiredIn} : {}),
      ...(e.replacedBy ? {replacedBy: e.replacedBy} : {}),
      ...(e.retiredNote ? {retiredNote: e.retiredNote} : {}),
    })),
  };
}

/** JSON Schema (draft 2020-12) of catalog.json, published beside it. */
export function catalogJsonSchemaDocument(siteUrl: string): Record<string, unknown> {
  const origin = siteUrl.replace(/\/$/, '');
  return {
    $id: `${origin}/errors/catalog.schema.json`,
    title: 'ax error catalog',
    description: 'Every error the ax CLI, runtime and marketplace emit, with causes, fixes and a stable page URL.',
    ...z.toJSONSchema(catalogJsonSchema, {target: 'draft-2020-12'}),
  };
}
