import {execFile} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {isoDay} from '../../content-model/dates';

const run = promisify(execFile);

/**
 * The day any of `sources` (files or folders below `root`) last changed in git, committer date
 * in UTC: a generated chapter is reviewed when its sources are, like the template pages. A tree
 * git does not know (a test's scratch copy) falls back to the newest modification day.
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

/**
 * The commit the tree at `root` is checked out at, or null without git: the evidence page then
 * shows "No data". Stable for a commit, so two builds of it print the same binder.
 */
export async function buildCommit(root: string): Promise<string | null> {
  try {
    const {stdout} = await run('git', ['-C', root, 'rev-parse', '--verify', 'HEAD']);
    return /^[0-9a-f]{40}$/.test(stdout.trim()) ? stdout.trim() : null;
  } catch {
    return null;
  }
}
