import {defineRule} from '../rule';
import {normalizeRoute} from '../routes';
import {permalinksFile, readPermalinks} from '../site-files';
import {routeExists, siteRoutes, type SiteModel} from '../site-model';

/** A published URL that would now 404. */
export const permalinksMissing = defineRule<SiteModel>(
  {
    id: 'permalinks/missing',
    description: `A URL in the committed \`${permalinksFile}\` manifest is neither built nor redirected.`,
    rationale: 'Links in tickets, chat and CLI errors outlive any page layout; a moved page must leave a redirect behind. `npm run permalinks:update` records the URLs of each release.',
    defaultSeverity: 'error',
  },
  async (site, report) => {
    const routes = await siteRoutes(site);
    const urls = readPermalinks(site.root);
    if (!urls) return;
    for (const {url, line} of urls) {
      const route = normalizeRoute(url);
      // Redirect sources are routes too (buildRouteIndex adds them).
      if (routeExists(routes, route)) continue;
      report({file: permalinksFile, line, column: 1, message: `Unexpected published URL "${url}" that is neither built nor redirected, expected a page there or an entry in redirects.yml`});
    }
  },
);
