import {defineRule} from '../rule';
import {sitePages, siteRoutes, type Page, type SiteModel} from '../site-model';

/** Two docs with one id, or two pages at one URL. */
export const routesDuplicate = defineRule<SiteModel>(
  {
    id: 'routes/duplicate',
    description: 'Two docs share a doc id in one docs instance, or two pages resolve to the same URL.',
    rationale: 'Docusaurus silently lets one page shadow the other; the reader never sees the loser.',
    defaultSeverity: 'error',
  },
  async (site, report) => {
    const routes = await siteRoutes(site);
    const byId = new Map<string, Page>();
    const byRoute = new Map<string, Page>();
    const checked = new Set(site.pages);
    for (const page of sitePages(site)) {
      const r = page.route;
      if (!r) continue;
      const idKey = `${r.instance}\0${r.id}`;
      const sameId = byId.get(idKey);
      const sameRoute = byRoute.get(r.route);
      if (!sameId) byId.set(idKey, page);
      if (!sameRoute) byRoute.set(r.route, page);
      if (!checked.has(page) && !(sameId && checked.has(sameId)) && !(sameRoute && checked.has(sameRoute))) continue;
      const at = (field: string) => page.frontmatter.position(field) ?? {line: 1, column: 1};
      if (sameId) {
        report({file: page.file, ...at('id'), message: `Unexpected duplicate doc id "${r.id}" (also "${sameId.file}"), expected ids unique within ${r.instance}/`});
      } else if (sameRoute) {
        report({file: page.file, ...at('slug'), message: `Unexpected duplicate URL "${r.route}" (also "${sameRoute.file}"), expected one page per URL`});
      } else if (routes.otherRoutes.has(r.route)) {
        report({file: page.file, ...at('slug'), message: `Unexpected URL "${r.route}" that a page in src/pages or a generated route already uses, expected one page per URL`});
      }
    }
  },
);
