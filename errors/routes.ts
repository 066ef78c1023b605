import {existsSync} from 'node:fs';
import path from 'node:path';
import {commandSlug, listCommands} from '../src/cli-spec';

/** Route prefixes served by content folders, and the folder each one reads. */
const contentRoutes: ReadonlyArray<[string, string]> = [
  ['/docs', 'docs'],
  ['/runbooks', 'runbooks'],
];

/** Site paths of the CLI reference pages, one per command. */
export const cliReferenceBase = '/docs/reference/cli';
export function cliReferencePaths(): string[] {
  return [cliReferenceBase, ...listCommands().map((c) => `${cliReferenceBase}/${commandSlug(c.path)}`)];
}

/**
 * Whether a site path that a `related` entry points at exists: a Markdown page in docs/ or
 * runbooks/, a CLI reference page, or the error index. Error pages are checked by ID instead.
 */
export function docRouteExists(siteDir: string, route: string): boolean {
  const clean = route.replace(/[#?].*$/, '').replace(/\/$/, '') || '/';
  if (clean === '/errors') return true;
  if (cliReferencePaths().includes(clean)) return true;
  for (const [prefix, folder] of contentRoutes) {
    if (clean !== prefix && !clean.startsWith(`${prefix}/`)) continue;
    const rest = clean.slice(prefix.length).replace(/^\//, '');
    const base = path.join(siteDir, folder, rest);
    const candidates = rest ? [`${base}.md`, `${base}.mdx`, path.join(base, 'index.md'), path.join(base, 'index.mdx')] : [path.join(base, 'index.md'), path.join(base, 'index.mdx')];
    return candidates.some((c) => existsSync(c));
  }
  return false;
}
