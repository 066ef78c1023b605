import {resolvedLinks} from '../resolve-link';
import {defineRule} from '../rule';
import {siteRoutes, type SiteModel} from '../site-model';

/** A link to a doc, page or generated route that does not exist. */
export const linksBroken = defineRule<SiteModel>(
  {
    id: 'links/broken',
    description: 'An internal link points at a doc, page, file or generated route that does not exist.',
    rationale: 'A broken link strands the reader; checking without a build catches it in the editor, seconds after it is typed.',
    defaultSeverity: 'error',
  },
  async (site, report) => {
    const routes = await siteRoutes(site);
    for (const page of site.pages) {
      for (const {link, target} of resolvedLinks(page, routes)) {
        if (target.kind !== 'missing') continue;
        report({file: page.file, line: link.line, column: link.column, message: `Unexpected link "${link.href}" to missing ${target.what}, expected an existing doc, page or generated route`});
      }
    }
  },
);

/** A link to an anchor the target page does not have. */
export const linksAnchor = defineRule<SiteModel>(
  {
    id: 'links/anchor',
    description: 'A link\'s `#anchor` matches no heading slug, explicit `{#id}`, JSX `id` or component-rendered anchor on the target page.',
    rationale: 'A dead anchor drops the reader at the top of a long page. Headings made by MDX components are understood, so the check raises no false positives where Docusaurus\'s own checker does.',
    defaultSeverity: 'error',
  },
  async (site, report) => {
    const routes = await siteRoutes(site);
    for (const page of site.pages) {
      for (const {link, target} of resolvedLinks(page, routes)) {
        if (target.kind !== 'page' || !target.anchor) continue;
        if (target.page.outline.anchors.has(target.anchor)) continue;
        const where = target.page === page ? 'this page' : `"${target.page.file}"`;
        report({file: page.file, line: link.line, column: link.column, message: `Unexpected anchor "#${target.anchor}" in link "${link.href}", expected a heading or id on ${where}`});
      }
    }
  },
);
