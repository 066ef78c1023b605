import {execFile} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {isoDay} from './dates';

const run = promisify(execFile);

/**
 * The review date of a generated page: the day any of its `sources` (files or folders below
 * `root`) last changed in git, committer date in UTC. Every clone has it, shallow ones included
 * (the date of the commit they hold), and it moves only when the sources do, so a generated
 * page goes stale like any other when nobody touches what it is made from. A tree git does not
 * know (a test's scratch copy) falls back to the newest modification day.
 */
export async function sourcesLastChanged(root: string, sources: readonly string[]): Promise<string> {
  try {
    const {stdout} = await run('git', ['-C', root, 'log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d', '--', ...sources], {env: {...process.env, TZ: 'UTC'}});
    if (/^\d{4}-\d{2}-\d{2}$/.test(stdout.trim())) return stdout.trim();
  } catch {
    // Not a git work tree, or git missing: the files' own dates below.
  }
  const times = sources.map((s) => path.join(root, s)).filter((f) => existsSync(f)).map((f) => statSync(f).mtime.getTime());
  return isoDay(new Date(times.length ? Math.max(...times) : 0));
}

/** {@link sourcesLastChanged} of one source per key: `{v1: 'migration/api/v1/index.d.ts'}` → `{v1: '2026-11-20'}`. */
export async function sourceReviewDates(root: string, files: Record<string, string>): Promise<Record<string, string>> {
  const entries = await Promise.all(Object.entries(files).map(async ([key, file]) => [key, await sourcesLastChanged(root, [file])] as const));
  return Object.fromEntries(entries);
}
