import {defineRule} from '../rule';
import {normalizeRoute} from '../routes';
import {readRedirects, redirectsFile, type Redirect} from '../site-files';
import {routeExists, siteRoutes, type RouteIndex, type SiteModel} from '../site-model';

function follow(redirect: Redirect, byFrom: ReadonlyMap<string, Redirect>): {hops: string[]; loop: boolean} {
  const hops = [redirect.from];
  let current: Redirect | undefined = redirect;
  while (current) {
    const to = normalizeRoute(current.to);
    if (hops.includes(to)) return {hops: [...hops, to], loop: true};
    hops.push(to);
    current = byFrom.get(to);
  }
  return {hops, loop: false};
}

function redirectRule(id: string, description: string, rationale: string, check: (r: Redirect, hops: {hops: string[]; loop: boolean}, routes: RouteIndex) => string | undefined) {
  return defineRule<SiteModel>({id, description, rationale, defaultSeverity: 'error'}, async (site, report) => {
    const routes = await siteRoutes(site);
    const redirects = readRedirects(site.root);
    const byFrom = new Map(redirects.map((r) => [normalizeRoute(r.from), r]));
    for (const r of redirects) {
      const message = check(r, follow(r, byFrom), routes);
      if (message) report({file: redirectsFile, line: r.line, column: 3, message});
    }
  });
}

/** A redirect to nowhere. */
export const redirectsTarget = redirectRule(
  'redirects/target',
  'A redirect points at a URL that is neither built nor redirected onwards.',
  'A redirect to a missing page turns a moved link into a dead one, after the reader has already been sent away.',
  (r, {hops, loop}, routes) => {
    const last = hops.at(-1)!;
    if (loop || hops.length > 2 || routeExists(routes, last)) return undefined;
    return `Unexpected redirect target "${r.to}" from "${r.from}" that does not exist, expected a built page`;
  },
);

/** A redirect that comes back to where it started. */
export const redirectsLoop = redirectRule(
  'redirects/loop',
  'Following redirects from a URL comes back to a URL already visited.',
  'Browsers give up on a loop with an error page; the reader never arrives.',
  (r, {hops, loop}) => (loop ? `Unexpected redirect loop ${hops.join(' → ')}, expected redirects to end at a built page` : undefined),
);

/** More than one hop. */
export const redirectsChain = redirectRule(
  'redirects/chain',
  'A redirect leads to another redirect: chains longer than one hop.',
  'Each hop costs a round trip and search ranking; point every old URL straight at the final page, as MDN and Kubernetes do.',
  (r, {hops, loop}) =>
    !loop && hops.length > 2 ? `Unexpected redirect chain of ${hops.length - 1} hops ${hops.join(' → ')}, expected "${r.from}" to redirect straight to "${hops.at(-1)}"` : undefined,
);
