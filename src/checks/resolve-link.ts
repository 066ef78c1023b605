import path from 'node:path';
import {normalizeRoute} from './routes';
import {routeExists, type Page, type RouteIndex} from './site-model';

/** Where a link points, as far as the site can tell. */
export type LinkTarget =
  | {kind: 'external'}
  | {kind: 'page'; page: Page; anchor?: string}
  | {kind: 'route'; route: string; anchor?: string}
  | {kind: 'missing'; what: string};

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Resolves an href written on `from` against every URL and file of the site. */
export function resolveLink(href: string, from: Page, index: RouteIndex): LinkTarget {
  if (external.test(href) || href.startsWith('@site/') || href.startsWith('{')) return {kind: 'external'};
  const hashAt = href.indexOf('#');
  const anchor = hashAt >= 0 ? decodeURIComponent(href.slice(hashAt + 1)) : undefined;
  const target = (hashAt >= 0 ? href.slice(0, hashAt) : href).replace(/\?.*$/, '');
  if (!target) return {kind: 'page', page: from, anchor};
  if (/\.mdx?$/.test(target) && !target.startsWith('/')) {
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(from.file), decodeURI(target)));
    const page = index.pageByFile.get(file);
    return page ? {kind: 'page', page, anchor} : {kind: 'missing', what: `file "${file}"`};
  }
  const plainAbsolute = target.startsWith('/') && !target.includes('/.') && !target.includes('%') && !target.includes('//');
  const base = from.route?.route ?? '/';
  const route = normalizeRoute(plainAbsolute ? target : decodeURI(new URL(target, `http://site${base}`).pathname));
  const page = index.pageByRoute.get(route);
  if (page) return {kind: 'page', page, anchor};
  if (routeExists(index, route)) return {kind: 'route', route, anchor};
  return {kind: 'missing', what: `route "${route}"`};
}

const cache = new WeakMap<Page, WeakMap<RouteIndex, LinkTarget[]>>();

/** Every link on a page with its target, resolved once per run for all the link rules. */
export function resolvedLinks(page: Page, index: RouteIndex): {link: Page['outline']['links'][number]; target: LinkTarget}[] {
  let byIndex = cache.get(page);
  if (!byIndex) cache.set(page, (byIndex = new WeakMap()));
  let targets = byIndex.get(index);
  if (!targets) byIndex.set(index, (targets = page.outline.links.map((l) => resolveLink(l.href, page, index))));
  return page.outline.links.map((link, i) => ({link, target: targets[i]!}));
}
