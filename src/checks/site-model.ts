import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {glob} from 'tinyglobby';
import {parseFrontmatter, type ParsedFrontmatter} from '../content-model/frontmatter';
import {validateFrontmatter, type FrontmatterResult} from '../content-model/validate';

/** Folders holding Markdown and MDX pages, relative to the site root. */
export const contentRoots = ['docs', 'runbooks', 'migration'] as const;

/** One Markdown or MDX page, read and parsed once for every rule. */
export interface Page {
  /** Path relative to the site root, with forward slashes. */
  file: string;
  source: string;
  frontmatter: ParsedFrontmatter;
  validation: FrontmatterResult;
}

/** What the rules see: every page, plus the context they are judged in. */
export interface SiteModel {
  /** Absolute path of the checked tree. */
  root: string;
  /** The day to judge freshness against, YYYY-MM-DD. */
  today: string;
  pages: Page[];
}

/** Builds a page from its text; pure, so tests need no files. */
export function toPage(file: string, source: string): Page {
  const frontmatter = parseFrontmatter(source);
  return {file, source, frontmatter, validation: validateFrontmatter(frontmatter)};
}

/** Lists the content files below `root`, sorted. */
export async function listContentFiles(root: string, roots: readonly string[] = contentRoots): Promise<string[]> {
  const files = await glob(roots.map((r) => `${r}/**/*.{md,mdx}`), {cwd: root, ignore: ['**/node_modules/**', '**/_*/**', '**/_*']});
  return files.sort();
}

/** Reads every page below `root` into the model the rules run on. */
export async function loadSiteModel(root: string, options: {today?: string; files?: string[]} = {}): Promise<SiteModel> {
  const files = options.files ?? (await listContentFiles(root));
  const pages = await Promise.all(
    files.map(async (file) => toPage(file, await readFile(path.join(root, file), 'utf8'))),
  );
  return {root, today: options.today ?? new Date().toISOString().slice(0, 10), pages};
}
