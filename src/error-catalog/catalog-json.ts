import * as z from 'zod';
import {cliSpec} from '../cli-spec';
import {generatedFiles} from '../routes/table';
import {errorCatalog, errorPath} from './index';
import {statusOf, type ErrorEntry} from './entry';
import {catalogJsonSchema, type CatalogJson} from './schema';

export {catalogJsonErrorSchema, catalogJsonSchema, type CatalogJson, type CatalogJsonError} from './schema';

const originOf = (siteUrl: string) => siteUrl.replace(/\/$/, '');

/** The catalog as JSON, with absolute page URLs on `siteUrl`. */
export function toCatalogJson(siteUrl: string, catalog: readonly ErrorEntry[] = errorCatalog): CatalogJson {
  const origin = originOf(siteUrl);
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
  return {
    $id: `${originOf(siteUrl)}${generatedFiles.catalogSchema}`,
    title: 'ax error catalog',
    description: 'Every error the ax CLI, runtime and marketplace emit, with causes, fixes and a stable page URL.',
    ...z.toJSONSchema(catalogJsonSchema, {target: 'draft-2020-12'}),
  };
}
