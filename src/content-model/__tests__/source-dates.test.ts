import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {sourcesLastChangedEach} from '../source-dates';

let repo: string;

/** Commits `files` (path → text) in `repo` with the given committer date. */
function commit(files: Record<string, string>, date: string) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), {recursive: true});
    writeFileSync(path.join(repo, file), text);
  }
  const env = {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com'};
  execFileSync('git', ['add', '-A'], {cwd: repo, env});
  execFileSync('git', ['commit', '-q', '-m', date], {cwd: repo, env});
}

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'source-dates-'));
  execFileSync('git', ['init', '-q'], {cwd: repo});
  commit({'site/docs/a.md': 'a', 'site/docs/b.md': 'b', 'site/api/v1.d.ts': 'v1'}, '2026-09-01T10:00:00Z');
  commit({'site/docs/b.md': 'b2'}, '2026-10-05T23:30:00Z');
  commit({'site/api/v1.d.ts': 'v1 again', 'outside.md': 'x'}, '2026-11-20T08:00:00Z');
  // Untracked: git knows nothing of it, so its own modification day stands.
  writeFileSync(path.join(repo, 'site/untracked.md'), 'u');
  utimesSync(path.join(repo, 'site/untracked.md'), new Date('2026-07-04T12:00:00Z'), new Date('2026-07-04T12:00:00Z'));
});

afterAll(() => rmSync(repo, {recursive: true, force: true}));

describe('sourcesLastChangedEach', () => {
  it.each([
    {sources: ['docs/a.md'], day: '2026-09-01', why: 'a file changed once'},
    {sources: ['docs/b.md'], day: '2026-10-05', why: 'a file changed twice: the newer commit, in UTC'},
    {sources: ['docs'], day: '2026-10-05', why: 'a folder: its newest file'},
    {sources: ['docs/'], day: '2026-10-05', why: 'a folder written with a trailing slash'},
    {sources: ['docs/a.md', 'api/v1.d.ts'], day: '2026-11-20', why: 'a group: its newest source'},
    {sources: ['doc'], day: '1970-01-01', why: 'a prefix of a folder is not that folder'},
    {sources: ['untracked.md'], day: '2026-07-04', why: 'untracked: the modification day'},
  ])('$why', async ({sources, day}) => {
    await expect(sourcesLastChangedEach(path.join(repo, 'site'), [sources])).resolves.toEqual([day]);
  });

  it('answers every group from one git run, in the order asked', async () => {
    // "doc" shares the run with "docs", whose commits must not count for it.
    await expect(sourcesLastChangedEach(path.join(repo, 'site'), [['api'], ['docs/a.md'], ['docs'], ['doc']])).resolves.toEqual(['2026-11-20', '2026-09-01', '2026-10-05', '1970-01-01']);
  });

  it('falls back to modification days outside a git work tree', async () => {
    const plain = mkdtempSync(path.join(os.tmpdir(), 'source-dates-plain-'));
    writeFileSync(path.join(plain, 'x.md'), 'x');
    utimesSync(path.join(plain, 'x.md'), new Date('2026-03-02T00:00:00Z'), new Date('2026-03-02T00:00:00Z'));
    try {
      await expect(sourcesLastChangedEach(plain, [['x.md'], ['missing.md']])).resolves.toEqual(['2026-03-02', '1970-01-01']);
    } finally {
      rmSync(plain, {recursive: true, force: true});
    }
  });
});
