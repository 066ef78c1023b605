import {existsSync} from 'node:fs';
import path from 'node:path';
import {require as tsxRequire} from 'tsx/cjs/api';

/** The catalog module of a site tree, relative to its root. */
export const catalogIndexFile = 'errors/catalog/index.ts';

/**
 * The `catalogSources` export of the catalog at `root`, loaded with tsx so that the checks and
 * the route index judge the tree they are given (a fixture site plants its own catalog), or
 * undefined when the tree has no catalog. Unvalidated: callers check its shape. tsx caches the
 * module, so the route index and the catalog rules load it once between them.
 */
export function requireCatalogSources(root: string): unknown {
  const file = path.join(root, catalogIndexFile);
  if (!existsSync(file)) return undefined;
  return (tsxRequire(file, __filename) as {catalogSources?: unknown}).catalogSources;
}
