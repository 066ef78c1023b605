import {execFile} from 'node:child_process';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {isoDay} from '../../src/content-model/dates';

const run = promisify(execFile);

/**
 * The review date of each generated page's source: the day its declaration file last changed
 * in git (committer date, UTC). Every clone has it, shallow ones included (the date of the
 * commit they hold), and it moves only when the declarations do, so the reference goes stale
 * like any other page when nobody touches its source. A file git does not know (a test's
 * scratch copy) falls back to its modification day.
 */
export async function sourceReviewDates(siteDir: string, files: Record<string, string>): Promise<Record<string, string>> {
  const entries = await Promise.all(Object.entries(files).map(async ([key, file]) => [key, await lastChanged(siteDir, file)] as const));
  return Object.fromEntries(entries);
}

async function lastChanged(siteDir: string, file: string): Promise<string> {
  try {
    const {stdout} = await run('git', ['-C', siteDir, 'log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d', '--', file], {env: {...process.env, TZ: 'UTC'}});
    if (/^\d{4}-\d{2}-\d{2}$/.test(stdout.trim())) return stdout.trim();
  } catch {
    // Not a git work tree, or git missing: the file's own date below.
  }
  return isoDay((await stat(path.join(siteDir, file))).mtime);
}
