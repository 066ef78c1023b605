import path from 'node:path';
import picomatch from 'picomatch';

const isMatch = (file: string, globs: string[]) => picomatch(globs, {dot: true})(file);
import {changedFiles} from './git';
import {docRoute} from './routes';
import type {Page} from './site-model';

/**
 * The pages a `--changed` run reports on: changed pages, plus pages that link to a changed
 * (or deleted) page. Linkers are found by a plain text search for the target's URL or
 * file name, so only the candidates are parsed; a false candidate costs a parse, never a finding.
 */
export function selectChanged(all: readonly Page[], changed: readonly string[]): Page[] {
  const changedSet = new Set(changed);
  const needles: {text: string; dir?: string}[] = [];
  for (const file of changed) {
    if (!/\.mdx?$/.test(file)) continue;
    const page = all.find((p) => p.file === file);
    const route = (page?.route ?? docRoute(file, {}))?.route;
    if (route) needles.push({text: route});
    const base = path.posix.basename(file);
    const dir = path.posix.dirname(file);
    needles.push({text: `${path.posix.basename(dir)}/${base}`});
    needles.push({text: base, dir});
  }
  const sources = changed.filter((f) => !/\.mdx?$/.test(f));
  const covers = (p: Page) => {
    if (!sources.length || !p.source.includes('covers:')) return false;
    const globs = p.frontmatter.data.covers;
    return Array.isArray(globs) && globs.every((g) => typeof g === 'string') && sources.some((f) => isMatch(f, globs as string[]));
  };
  return all.filter(
    (p) =>
      changedSet.has(p.file) ||
      needles.some((n) => (n.dir === undefined || path.posix.dirname(p.file) === n.dir) && p.source.includes(n.text)) ||
      covers(p),
  );
}

/** Changed files since `base`, for {@link selectChanged}. */
export {changedFiles};
