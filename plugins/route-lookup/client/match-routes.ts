import {matchPath, Router} from 'react-router';
import type {MatchedRoute, RouteConfig} from 'react-router-config';
import {matchRoutes as scanRoutes, renderRoutes} from 'react-router-config/esm/react-router-config.js';
import {literalIndex, routeKey} from '../../shared/route-index';

export {renderRoutes};

// The third parameter is real but not in the published types.
const scan = scanRoutes as unknown as <P extends {[K in keyof P]?: string}>(routes: RouteConfig[], pathname: string, branch: MatchedRoute<P>[]) => MatchedRoute<P>[];

/**
 * react-router-config's `matchRoutes`, with the same results, that finds a route among literal
 * siblings (a docs version's thousands of doc routes) by lookup instead of testing each in turn.
 * Docusaurus calls it twice per rendered page, so the scan made static rendering quadratic.
 */
export function matchRoutes<Params extends {[K in keyof Params]?: string}>(
  routes: RouteConfig[],
  pathname: string,
  branch: MatchedRoute<Params>[] = [],
): MatchedRoute<Params>[] {
  const index = literalIndex(routes);
  if (index) {
    const hit = index.get(routeKey(pathname));
    const match = hit && matchPath<Params>(pathname, hit);
    if (hit && match) {
      // Literal routes have no children, so the branch ends here, as the scan's would.
      branch.push({route: hit, match});
      return branch;
    }
    return scan(routes, pathname, branch);
  }
  // The scan of react-router-config, recursing through this function so nested arrays get the lookup.
  routes.some((route) => {
    const match = route.path ? matchPath<Params>(pathname, route) : branch.length ? branch[branch.length - 1]!.match : (Router as unknown as {computeRootMatch(p: string): MatchedRoute<Params>['match']}).computeRootMatch(pathname);
    if (match) {
      branch.push({route, match});
      if (route.routes) matchRoutes(route.routes, pathname, branch);
    }
    return match;
  });
  return branch;
}
