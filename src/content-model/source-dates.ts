import {execFile} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {isoDay} from './dates';

const run = promisify(execFile);

/** Starts each commit in {@link changedPaths}'s log; no path holds it. */
const commitMark = '\u0001';

/**
 * The paths each commit changed, newest first, from one `git log` over every source: spawning
 * a process per source cost about 80 ms of CPU each inside a build's workers. Merges list no
 * paths, as `git log -- <path>` skips merges that only bring a change from a parent.
 */
async function changedPaths(root: string, sources: readonly string[]): Promise<{day: string; paths: string[]}[]> {
  const {stdout} = await run('git', ['-C', root, 'log', `--format=${commitMark}%cd`, '--date=format-local:%Y-%m-%d', '--name-only', '--relative', '--', ...sources], {
    env: {...process.env, TZ: 'UTC'},
    maxBuffer: 1 << 26,
  });
  return stdout
    .split(commitMark)
    .slice(1)
    .map((block) => {
      const [day = '', ...paths] = block.split('\n').filter(Boolean);
      return {day, paths};
    });
}

/** Whether `file` (relative to the root) is `source` or lies below it; `source` as {@link normalSource} gives it. */
const touches = (file: string, source: string) => source === '.' || file === source || file.startsWith(`${source}/`);

/** A source as git prints paths: `docs/` and `./docs` are `docs`. */
const normalSource = (source: string) => path.posix.normalize(source).replace(/\/$/, '');

/** The newest modification day of the sources that exist: the fallback where git knows nothing. */
function modifiedDay(root: string, sources: readonly string[]): string {
  const times = sources.map((s) => path.join(root, s)).filter((f) => existsSync(f)).map((f) => statSync(f).mtime.getTime());
  return isoDay(new Date(times.length ? Math.max(...times) : 0));
}

/**
 * The review date of each generated page in `groups`: the day any of its sources (files or
 * folders below `root`) last changed in git, committer date in UTC. Every clone has it, shallow
 * ones included (the date of the commit they hold), and it moves only when the sources do, so a
 * generated page goes stale like any other when nobody touches what it is made from. A tree git
 * does not know (a test's scratch copy) falls back to the newest modification day.
 */
export async function sourcesLastChangedEach(root: string, groups: readonly (readonly string[])[]): Promise<string[]> {
  let commits: {day: string; paths: string[]}[] = [];
  try {
    commits = await changedPaths(root, [...new Set(groups.flat())]);
  } catch {
    // Not a git work tree, or git missing: the files' own dates below.
  }
  return groups.map((sources) => {
    const normal = sources.map(normalSource);
    const hit = commits.find((c) => c.paths.some((file) => normal.some((s) => touches(file, s))));
    return hit && /^\d{4}-\d{2}-\d{2}$/.test(hit.day) ? hit.day : modifiedDay(root, sources);
  });
}

/** {@link sourcesLastChangedEach} of one source per key: `{v1: 'migration/api/v1/index.d.ts'}` → `{v1: '2026-11-20'}`. */
export async function sourceReviewDates(root: string, files: Record<string, string>): Promise<Record<string, string>> {
  const keys = Object.keys(files);
  const days = await sourcesLastChangedEach(root, keys.map((k) => [files[k]!]));
  return Object.fromEntries(keys.map((k, i) => [k, days[i]!]));
}
