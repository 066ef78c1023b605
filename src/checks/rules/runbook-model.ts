import {isErrorIdTrigger, type RunbookFrontmatter} from '../../content-model/schemas/runbook';
import {parseRunbookBody, type RunbookBody} from '../../content-model/runbook-body';
import type {Page, SiteModel} from '../site-model';

/** A runbook page with its validated front matter and parsed body. */
export interface RunbookPage {
  page: Page;
  /** Doc id in the runbooks docs instance, e.g. `runtime-scaling`. */
  id: string;
  frontmatter: RunbookFrontmatter;
  body: RunbookBody;
}

// Several rules ask for the runbooks of the same site; each body is parsed once.
const runbooksOfSite = new WeakMap<SiteModel, RunbookPage[]>();

/** The runbook pages of a site; pages whose front matter fails are left to the schema rule. */
export function runbookPages(site: SiteModel): RunbookPage[] {
  let runbooks = runbooksOfSite.get(site);
  if (!runbooks) {
    runbooks = site.pages.flatMap((page) => {
      const data = page.validation.data;
      // The doc id is the route's, so an `id` in the front matter counts as Docusaurus counts it.
      if (data?.kind !== 'runbook' || !page.route) return [];
      return [{page, id: page.route.id, frontmatter: data, body: parseRunbookBody(page.source)}];
    });
    runbooksOfSite.set(site, runbooks);
  }
  return runbooks;
}

/**
 * 1-based line and column of `value` inside the front matter list `field`, so a finding about one
 * trigger points at that trigger rather than at the list.
 */
export function listItemPosition(page: Page, field: string, value: string): {line: number; column: number} {
  const lines = page.source.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(`${field}:`));
  if (start >= 0) {
    for (let i = start; i < Math.min(lines.length, page.frontmatter.bodyStartLine); i++) {
      if (i > start && /^\S/.test(lines[i]!)) break;
      const column = lines[i]!.search(new RegExp(`(?<![A-Za-z0-9])${value}(?![A-Za-z0-9])`));
      if (column >= 0) return {line: i + 1, column: column + 1};
    }
  }
  return page.frontmatter.position(field) ?? {line: 1, column: 1};
}

export {isErrorIdTrigger};
