import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);

function git(dir: string, args: string[], date: string): void {
  execFileSync('git', ['-C', dir, ...args], {
    env: {...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z`, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@ax.example', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@ax.example'},
    stdio: 'ignore',
  });
}

/**
 * Copies a fixture site to a temporary git repository whose history is known: everything
 * committed on `committed`, then each `changes` file rewritten and committed on its date.
 */
export function gitSite(name: string, options: {committed?: string; changes?: {file: string; date: string}[]; git?: boolean} = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), `ax-check-${name}-`));
  cpSync(fixture(name), dir, {recursive: true});
  if (options.git === false) return dir;
  git(dir, ['init', '-q', '-b', 'main'], options.committed ?? '2026-10-01');
  git(dir, ['add', '-A'], options.committed ?? '2026-10-01');
  git(dir, ['commit', '-q', '-m', 'site'], options.committed ?? '2026-10-01');
  for (const change of options.changes ?? []) {
    writeFileSync(path.join(dir, change.file), `// changed on ${change.date}\n`, {flag: 'a'});
    git(dir, ['commit', '-q', '-am', `change ${change.file}`], change.date);
  }
  return dir;
}

/** A finding as `file:line rule`, for compact assertions. */
export const where = (f: {file: string; line: number; ruleId: string}) => `${f.file}:${f.line} ${f.ruleId}`;
