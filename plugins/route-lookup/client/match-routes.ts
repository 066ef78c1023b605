import {matchPath, Router} from 'react-router';
import type {MatchedRoute, RouteConfig} from 'react-router-config';
import {matchRoutes as scanRoutes} from 'react-router-config/esm/react-router-config.js';
import {routeKey, routeTable} from '../../shared/route-index';

export {renderRoutes} from './render-routes';

// The third parameter is real but not in the published types.
const scan = scanRoutes as unknown as <P extends {[K in keyof P]?: string}>(routes: RouteConfig[], pathname: string, branch: MatchedRoute<P>[]) => MatchedRoute<P>[];

type Match<P extends {[K in keyof P]?: string}> = MatchedRoute<P>['match'];

/** A route's match as react-router-config's scan computes it: a route without a path takes its parent's. */
function matchOf<P extends {[K in keyof P]?: string}>(route: RouteConfig, pathname: string, branch: MatchedRoute<P>[]): Match<P> | null {
  if (route.path) return matchPath<P>(pathname, route);
  return branch.length ? branch[branch.length - 1]!.match : (Router as unknown as {computeRootMatch(p: string): Match<P>}).computeRootMatch(pathname);
}

/**
 * react-router-config's `matchRoutes`, with the same results, that finds a route among literal
 * siblings by lookup instead of testing each in turn, and tests only the non-literal ones that
 * come before it. Docusaurus calls it to render, to preload a page and to prefetch each visible
 * link: the scan made static rendering quadratic, and in the browser it compiled and ran the
 * pattern of up to a hundred and sixty top-level routes per call.
 */
export function matchRoutes<Params extends {[K in keyof Params]?: string}>(
  routes: RouteConfig[],
  pathname: string,
  branch: MatchedRoute<Params>[] = [],
): MatchedRoute<Params>[] {
  const {literal, others} = routeTable(routes);
  const hit = literal.get(routeKey(pathname));
  const hitMatch = hit ? matchPath<Params>(pathname, hit.route) : null;
  // A key hit that does not match (a non-ASCII look-alike) is left to the full scan, as before.
  if (hit && !hitMatch) return scan(routes, pathname, branch);
  let found: MatchedRoute<Params> | undefined;
  for (const other of others) {
    if (hit && other.at > hit.at) break;
    const match = matchOf<Params>(other.route, pathname, branch);
    if (match) {
      found = {route: other.route, match};
      break;
    }
  }
  found ??= hit && hitMatch ? {route: hit.route, match: hitMatch} : undefined;
  if (found) {
    branch.push(found);
    if (found.route.routes) matchRoutes(found.route.routes, pathname, branch);
  }
  return branch;
}
