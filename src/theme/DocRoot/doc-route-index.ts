import type {RouteConfig} from 'react-router-config';

/** react-router's matchPath, passed in so this module stays free of the bundler's aliases. */
export type MatchPath = (pathname: string, route: RouteConfig) => unknown;

/** A route whose match is plain string equality (ignoring case and one trailing slash). */
const isLiteral = (r: RouteConfig) =>
  typeof r.path === 'string' && r.exact === true && !r.strict && !r.sensitive && !/[:*?+()[\]]/.test(r.path);

const keyOf = (pathname: string) => (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname).toLowerCase();

// One index per routes array: the arrays come from the generated route config and never change.
const indexes = new WeakMap<readonly RouteConfig[], Map<string, RouteConfig> | null>();

function indexOf(routes: readonly RouteConfig[]): Map<string, RouteConfig> | null {
  let index = indexes.get(routes);
  if (index !== undefined) return index;
  // Any non-literal route could match before a literal one, so then only the linear scan is exact.
  index = routes.every(isLiteral) ? new Map() : null;
  for (const r of index ? routes : []) {
    const key = keyOf(r.path as string);
    // The first route wins, as it does in a scan.
    if (!index!.has(key)) index!.set(key, r);
  }
  indexes.set(routes, index);
  return index;
}

/**
 * The route a `<Switch>` over `routes` would render for `pathname`, found in one map lookup
 * instead of testing every route in turn. Docusaurus's DocRoot scans all docs twice on every
 * page render, which makes a site's static rendering grow with the square of its docs.
 * Falls back to the scan whenever the lookup cannot be exact.
 */
export function findDocRoute(routes: readonly RouteConfig[], pathname: string, matchPath: MatchPath): RouteConfig | undefined {
  const hit = indexOf(routes)?.get(keyOf(pathname));
  if (hit && matchPath(pathname, hit)) return hit;
  return routes.find((r) => matchPath(pathname, r));
}
