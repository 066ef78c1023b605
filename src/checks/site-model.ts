import {existsSync, readdirSync, readFileSync, type Dirent} from 'node:fs';
import path from 'node:path';
import {isoDay} from '../content-model/dates';
import {parseFrontmatter, type ParsedFrontmatter} from '../content-model/frontmatter';
import {validateFrontmatter, type FrontmatterResult} from '../content-model/validate';
import {readGitHistory, type GitHistory} from './git';
import {outline, type Outline} from './outline';
import {generatedRoutes} from '../routes/generated-routes';
import {contentFolders} from '../routes/table';
import {readRedirects} from './site-files';
import {docRoute, listPageRoutes, listStaticRoutes, normalizeRoute, type DocRoute} from './routes';

/** Folders holding Markdown and MDX pages, relative to the site root: one per docs instance. */
export const contentRoots = contentFolders;

/** One Markdown or MDX page. Parsing is lazy and cached, so a `--changed` run parses only what it needs. */
export interface Page {
  /** Path relative to the site root, with forward slashes. */
  file: string;
  source: string;
  frontmatter: ParsedFrontmatter;
  validation: FrontmatterResult;
  /** Anchors and links of the body, parsed with markdown-it. */
  outline: Outline;
  /** Docs instance, doc id and URL; undefined outside the content folders. */
  route: DocRoute | undefined;
}

/** Every URL the built site will have, and which page owns each. */
export interface RouteIndex {
  /** Content page by URL (the first one, when two collide). */
  pageByRoute: ReadonlyMap<string, Page>;
  /** Content page by file path. */
  pageByFile: ReadonlyMap<string, Page>;
  /** `src/pages` routes, routes the plugins generate, redirect sources and static files. */
  otherRoutes: ReadonlySet<string>;
  /** Route families of generated pages. */
  patterns: readonly RegExp[];
}

/** What the rules see: the pages to check, plus the whole site they are judged in. */
export interface SiteModel {
  /** Absolute path of the checked tree. */
  root: string;
  /** The day to judge freshness against, YYYY-MM-DD. */
  today: string;
  /** The pages to report on: every page, or with `--changed` the changed ones and their linkers. */
  pages: Page[];
  /**
   * Every page of the site, for resolving links; same as `pages` in a full run. The fields
   * below are optional so a model built by hand (in a rule's test) still works: rules read
   * them through {@link sitePages}, {@link siteRoutes} and {@link siteGit}, which fill them in.
   */
  allPages?: Page[];
  routes?: RouteIndex;
  /** Git history for drift, read once. */
  git?: GitHistory;
  /** Whether every page is reported on (no `--changed`). */
  full?: boolean;
}

/** Every page of the site. */
export function sitePages(site: SiteModel): Page[] {
  return site.allPages ?? site.pages;
}

/** The site's URL index, built on first use when the model lacks one. */
export async function siteRoutes(site: SiteModel): Promise<RouteIndex> {
  return (site.routes ??= await buildRouteIndex(site.root, sitePages(site)));
}

/** The site's git history, read on first use when the model lacks it. */
export async function siteGit(site: SiteModel): Promise<GitHistory> {
  return (site.git ??= await readGitHistory(site.root));
}

const frontmatterBlock = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const routeFieldLine = /^(?:id|slug)[ \t]*:/m;

/** Builds a page from its text; pure, so tests need no files. */
export function toPage(file: string, source: string): Page {
  let fm: ParsedFrontmatter | undefined;
  let validation: FrontmatterResult | undefined;
  let parsedOutline: Outline | undefined;
  let route: DocRoute | undefined | null = null;
  const page: Page = {
    file,
    source,
    get frontmatter() {
      return (fm ??= parseFrontmatter(source));
    },
    get validation() {
      return (validation ??= validateFrontmatter(page.frontmatter));
    },
    get outline() {
      return (parsedOutline ??= outline(page.frontmatter.body, page.frontmatter.bodyStartLine));
    },
    get route() {
      if (route === null) {
        // Only pages that set `id` or `slug` need their YAML parsed to know their URL.
        const block = frontmatterBlock.exec(source)?.[1];
        route = docRoute(file, block && routeFieldLine.test(block) ? page.frontmatter.data : {});
      }
      return route;
    },
  };
  return page;
}

/**
 * Lists the content files below `root`, sorted: Markdown and MDX, skipping what Docusaurus
 * skips (names starting with `_`) and `node_modules`. A plain directory walk: on 10,000
 * files a glob library's matching cost more than the rest of a `--changed` run.
 */
export async function listContentFiles(root: string, roots: readonly string[] = contentRoots): Promise<string[]> {
  const files: string[] = [];
  const walk = (rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, rel), {withFileTypes: true});
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('_') || e.name === 'node_modules') continue;
      if (e.isDirectory()) walk(`${rel}/${e.name}`);
      else if (e.name.endsWith('.md') || e.name.endsWith('.mdx')) files.push(`${rel}/${e.name}`);
    }
  };
  for (const r of roots) walk(r);
  return files.sort();
}

/** Indexes every URL of the site. */
export async function buildRouteIndex(root: string, pages: readonly Page[]): Promise<RouteIndex> {
  const pageByRoute = new Map<string, Page>();
  const pageByFile = new Map<string, Page>();
  for (const page of pages) {
    pageByFile.set(page.file, page);
    const r = page.route;
    if (r && !pageByRoute.has(r.route)) pageByRoute.set(r.route, page);
  }
  const [pageRoutes, staticRoutes] = await Promise.all([listPageRoutes(root), listStaticRoutes(root)]);
  // A redirect's source is a built page too: the client-redirects plugin writes it.
  const redirectSources = readRedirects(root).map((r) => normalizeRoute(r.from));
  const otherRoutes = new Set<string>([...pageRoutes.map((p) => p.route), ...staticRoutes, ...redirectSources]);
  const generated = generatedRoutes(root);
  for (const r of generated.routes) otherRoutes.add(r);
  return {pageByRoute, pageByFile, otherRoutes, patterns: generated.patterns};
}

/** Whether the built site will serve this (normalised) route. */
export function routeExists(index: RouteIndex, route: string): boolean {
  return index.pageByRoute.has(route) || index.otherRoutes.has(route) || index.patterns.some((p) => p.test(route));
}

export interface LoadOptions {
  today?: string;
  /** Content files to load instead of listing them. */
  files?: string[];
  /** Picks the pages to report on from all pages; default all. */
  select?: (all: Page[]) => Page[];
  /** Git history, when the caller already has it; read from `root` otherwise. */
  git?: GitHistory;
}

/** Reads every page below `root` into the model the rules run on. */
export async function loadSiteModel(root: string, options: LoadOptions = {}): Promise<SiteModel> {
  if (!existsSync(root)) throw new Error(`Unexpected root "${root}": no such directory`);
  const files = options.files ?? (await listContentFiles(root));
  // git log runs in its own process while this one reads; small files read fastest synchronously.
  const gitHistory = options.git ?? readGitHistory(root);
  const allPages = files.map((file) => toPage(file, readFileSync(path.join(root, file), 'utf8')));
  const git = await gitHistory;
  const routes = await buildRouteIndex(root, allPages);
  const pages = options.select ? options.select(allPages) : allPages;
  return {root, today: options.today ?? isoDay(), pages, allPages, routes, git, full: pages === allPages};
}
