import {existsSync} from 'node:fs';
import path from 'node:path';

/**
 * Routes that no Markdown file or `src/pages` file declares: plugins generate them. The link
 * and permalink rules accept a URL when a provider lists it or one of its patterns matches.
 * A plugin that adds routes registers a provider here (one entry in `routeProviders`).
 */
export interface RouteProvider {
  /** Who generates the routes, for messages. */
  name: string;
  /** Exact routes, e.g. `/health`. Listed routes go into the published-urls manifest. */
  routes?(root: string): readonly string[];
  /** Route families known only by shape, e.g. one page per error id. */
  patterns?(root: string): readonly RegExp[];
}

/** The doc health page of the doc-checks plugin. */
const docHealth: RouteProvider = {name: 'doc-checks plugin', routes: () => ['/health']};

/**
 * Fallback for the error catalog: `/errors/AX####` pages exist only when the catalog
 * module does, so a link to one is accepted only then.
 */
const errorCatalog: RouteProvider = {
  name: 'error catalog',
  patterns: (root) =>
    ['errors/index.ts', 'errors/catalog.ts'].some((f) => existsSync(path.join(root, f))) ? [/^\/errors(?:\/AX\d{4})?$/] : [],
};

/**
 * The typedoc API reference is generated at build time into a git-ignored folder, so a fresh
 * clone has no files for it: its routes are accepted when the declarations it comes from exist.
 */
const apiReference: RouteProvider = {
  name: 'migration plugin (typedoc API reference)',
  patterns: (root) => (existsSync(path.join(root, 'migration/api')) ? [/^\/migration\/reference(?:\/[\w./-]+)?$/] : []),
};

export const routeProviders: RouteProvider[] = [docHealth, errorCatalog, apiReference];

/** Adds a provider at run time (tests, or plugins loaded by a config). */
export function registerRouteProvider(provider: RouteProvider): void {
  if (!routeProviders.some((p) => p.name === provider.name)) routeProviders.push(provider);
}
