/**
 * The route table: the one module that knows the site's URLs. The site config, every plugin,
 * the checks, search, the redirects and the typed sources derive their routes from it, so a
 * URL is written once. Plain data and string functions only: it is imported by the browser
 * bundle, by Node plugins and by the typed sources alike, and imports nothing itself.
 */

/** A Docusaurus docs instance: a content folder served below a route base. */
export interface DocsInstance {
  /** Plugin id; `default` for the classic preset's instance. */
  id: string;
  /** Content folder, relative to the site root. */
  folder: string;
  /** URL base, without trailing slash. */
  base: string;
  /** Sidebars file, relative to the site root. */
  sidebar: string;
  /** Name of the section in search results and breadcrumbs. */
  section: string;
}

/** Every docs instance, in the order the site config loads them. */
export const docsInstances = {
  docs: {id: 'default', folder: 'docs', base: '/docs', sidebar: './sidebars.ts', section: 'Docs'},
  runbooks: {id: 'runbooks', folder: 'runbooks', base: '/runbooks', sidebar: './sidebars.runbooks.ts', section: 'Runbooks'},
  migration: {id: 'migration', folder: 'migration', base: '/migration', sidebar: './sidebars.migration.ts', section: 'Migration'},
} as const satisfies Record<string, DocsInstance>;

export type DocsInstanceName = keyof typeof docsInstances;

/** Content folders, each a docs instance: what the checks read. */
export const contentFolders: readonly string[] = Object.values(docsInstances).map((i) => i.folder);

/** Route bases of the pages that plugins generate rather than read from a content folder. */
export const generatedBases = {
  /** One page per error id, an index, and forwarders for aliases (errors plugin). */
  errors: '/errors',
  /** One page per `ax` command (errors plugin, from the CLI spec). */
  cliReference: `${docsInstances.docs.base}/reference/cli`,
  /** The typedoc API reference (migration plugin), served by the migration docs instance. */
  apiReference: `${docsInstances.migration.base}/reference`,
  /** The doc health page (doc-checks plugin). */
  health: '/health',
} as const;

/** Sections of the site as search shows them, by first path segment. */
export const sectionNames: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(docsInstances).map((i) => [i.base.slice(1), i.section])),
  [generatedBases.errors.slice(1)]: 'Errors',
  [generatedBases.health.slice(1)]: 'Doc health',
};

/** Built routes that are not content and stay out of search: the not-found page and the search page. */
export const unsearchedRoutes = ['/404', '/search'] as const;

const join = (base: string, rest = '') => (rest ? `${base}/${rest.replace(/^\/+/, '')}` : base);

/** URLs of single pages and page families, for links from typed sources, components and the config. */
export const routes = {
  home: '/',
  /** A page of the main docs instance, e.g. `routes.doc('reference/ownership')`. */
  doc: (path = '') => join(docsInstances.docs.base, path),
  /** A runbook, or the runbooks index. */
  runbook: (id = '') => join(docsInstances.runbooks.base, id),
  /** A page of the migration section, or its index. */
  migration: (path = '') => join(docsInstances.migration.base, path),
  /** An error's page, or the catalog index. */
  error: (id = '') => join(generatedBases.errors, id),
  /** A CLI command's reference page by slug (`plugin-publish`), or the command list. */
  cli: (slug = '') => join(generatedBases.cliReference, slug),
  /** A page of the API reference. */
  apiReference: (path = '') => join(generatedBases.apiReference, path),
  health: () => generatedBases.health,
} as const;

/** Files the build writes beside the pages, by what they hold; paths below the site root URL. */
export const generatedFiles = {
  catalogJson: `${generatedBases.errors}/catalog.json`,
  catalogSchema: `${generatedBases.errors}/catalog.schema.json`,
  compatibilityJson: `${docsInstances.migration.base}/compatibility.json`,
  deprecationsIcs: `${docsInstances.migration.base}/deprecations.ics`,
  healthReport: `${generatedBases.health}/report.json`,
} as const;

/** The section a URL belongs to, for search results. */
export function sectionOf(url: string): string {
  return sectionNames[url.split('/')[1] ?? ''] ?? 'Site';
}

/** Removes a trailing slash and `.html`, so every route has one spelling. */
export function normalizeRoute(route: string): string {
  let r = route.replace(/\/index\.html$/, '').replace(/\.html$/, '');
  if (r.length > 1) r = r.replace(/\/+$/, '');
  return r || '/';
}
