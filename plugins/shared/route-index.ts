import type {RouteConfig} from 'react-router-config';

/** react-router's matchPath, passed in so this module stays free of the bundler's aliases. */
export type MatchPath = (pathname: string, route: RouteConfig) => unknown;

/**
 * A route that matches by plain string equality, ignoring case and one trailing slash: exact,
 * neither strict nor case-sensitive, without parameters, children or doubled slashes, and ASCII, where
 * `toLowerCase` and the regex `i` flag agree.
 */
const isLiteral = (r: RouteConfig) =>
  typeof r.path === 'string' && r.path.startsWith('/') && !r.path.includes('//') && r.exact === true && !r.strict && !r.sensitive && !r.routes && /^[\x20-\x7e]*$/.test(r.path) && !/[:*?+()[\]]/.test(r.path);

/** The lookup key of a pathname or a literal route path. */
export const routeKey = (pathname: string) => (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname).toLowerCase();

// One index per routes array: the arrays come from the generated route config and never change.
const indexes = new WeakMap<readonly RouteConfig[], Map<string, RouteConfig> | null>();

/** Key → first route with that key, or null when some route is not literal and only a scan is exact. */
export function literalIndex(routes: readonly RouteConfig[]): Map<string, RouteConfig> | null {
  let index = indexes.get(routes);
  if (index !== undefined) return index;
  index = routes.every(isLiteral) ? new Map() : null;
  for (const r of index ? routes : []) {
    const key = routeKey(r.path as string);
    // The first route wins, as it does in a scan.
    if (!index!.has(key)) index!.set(key, r);
  }
  indexes.set(routes, index);
  return index;
}

/** A route and its position in its array. */
export interface PlacedRoute {
  route: RouteConfig;
  at: number;
}

/** A routes array split for matching: its literal routes by key (first of each key), the others in order. */
export interface RouteTable {
  literal: Map<string, PlacedRoute>;
  others: PlacedRoute[];
}

const tables = new WeakMap<readonly RouteConfig[], RouteTable>();

/**
 * The table of a routes array that may mix literal routes with others (the top level Docusaurus
 * generates: error and reference pages beside the docs instances' prefix routes). Only the few
 * non-literal routes need testing in turn; a literal route can only match a pathname of its key.
 */
export function routeTable(routes: readonly RouteConfig[]): RouteTable {
  let table = tables.get(routes);
  if (table) return table;
  table = {literal: new Map(), others: []};
  routes.forEach((route, at) => {
    if (!isLiteral(route)) table!.others.push({route, at});
    else if (!table!.literal.has(routeKey(route.path as string))) table!.literal.set(routeKey(route.path as string), {route, at});
  });
  tables.set(routes, table);
  return table;
}

/**
 * The route a `<Switch>` over `routes` would render for `pathname`, found in one lookup instead of
 * testing every route in turn. Falls back to the scan whenever the lookup cannot be exact.
 */
export function findRoute(routes: readonly RouteConfig[], pathname: string, matchPath: MatchPath): RouteConfig | undefined {
  const hit = literalIndex(routes)?.get(routeKey(pathname));
  if (hit && matchPath(pathname, hit)) return hit;
  return routes.find((r) => matchPath(pathname, r));
}
