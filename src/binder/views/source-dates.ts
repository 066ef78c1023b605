import {execFile} from 'node:child_process';
import {promisify} from 'node:util';

const run = promisify(execFile);

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
