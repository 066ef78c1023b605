import {execFile} from 'node:child_process';
import {promisify} from 'node:util';

const run = promisify(execFile);

/** When each file last changed in git, read in one `git log` pass. */
export type GitHistory =
  | {available: true; lastChanged: ReadonlyMap<string, string>}
  | {available: false; reason: string};

async function git(root: string, args: string[]): Promise<string> {
  const {stdout} = await run('git', ['-C', root, ...args], {maxBuffer: 512 * 1024 * 1024, env: {...process.env, TZ: 'UTC'}});
  return stdout;
}

/**
 * One `git log` over the whole history, newest first: the first date seen for a path is
 * the day it last changed (committer date, UTC). Paths are relative to `root`.
 */
export async function readGitHistory(root: string): Promise<GitHistory> {
  let out: string;
  try {
    if ((await git(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true') {
      return {available: false, reason: 'the clone is shallow (fetch with --unshallow or fetch-depth: 0)'};
    }
    out = await git(root, ['log', '--relative', '--no-renames', '--name-only', '--format=%x00%cd', '--date=format-local:%Y-%m-%d']);
  } catch (error) {
    const text = String((error as {stderr?: string}).stderr ?? (error as Error).message);
    const reason = /not a git repository/i.test(text)
      ? 'the tree is not a git repository'
      : /does not have any commits/i.test(text)
        ? 'the repository has no commits yet'
        : /ENOENT/.test(text)
          ? 'git is not installed'
          : `git log failed: ${text.trim().split('\n')[0]}`;
    return {available: false, reason};
  }
  const lastChanged = new Map<string, string>();
  for (const commit of out.split('\0')) {
    const lines = commit.split('\n');
    const date = lines[0]!.trim();
    for (let i = 1; i < lines.length; i++) {
      const file = lines[i]!.trim();
      if (file && !lastChanged.has(file)) lastChanged.set(file, date);
    }
  }
  return {available: true, lastChanged};
}

/** Files changed since `base` (committed, staged, unstaged and untracked), relative to `root`. */
export async function changedFiles(root: string, base: string): Promise<string[]> {
  const [diff, untracked] = await Promise.all([
    git(root, ['diff', '--relative', '--name-only', '--no-renames', base]),
    git(root, ['ls-files', '--others', '--exclude-standard']),
  ]);
  return [...new Set([...diff.split('\n'), ...untracked.split('\n')].map((l) => l.trim()).filter(Boolean))].sort();
}
