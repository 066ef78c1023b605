import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {gitSite} from '../../src/checks/__tests__/helpers';
import {main} from '../check';
import {memoryIo} from '../lib/cli';

async function run(argv: string[]): Promise<{code: number; out: string}> {
  const {io, stdoutLines} = memoryIo({argv});
  const code = await main(io);
  return {code, out: stdoutLines().join('\n')};
}

// The fixture repositories are made while the file loads (git spawns), not inside a timed test.
const pageChanged = gitSite('site');
const sourceChanged = gitSite('site', {changes: [{file: 'src/widget.ts', date: '2026-11-20'}]});

describe('npm run check --changed on pages', () => {
  it('with --changed checks only changed pages and the pages linking to them', async () => {
    const dir = pageChanged;
    writeFileSync(path.join(dir, 'docs/guides/beta.mdx'), readFileSync(path.join(dir, 'docs/guides/beta.mdx'), 'utf8').replace('## Setup\n', '## Set-up\n'));
    const {code, out} = await run(['--changed', 'HEAD', '--today', '2026-11-24', '--root', dir]);
    expect(code).toBe(1);
    // Renaming the first "Setup" makes the second one `#setup`, so alpha's `#setup-1` breaks;
    // only beta and its linker alpha are checked, not runbooks or owners.
    expect(out).toMatchInlineSnapshot(`
      "docs/guides/alpha.md:11:75 error Unexpected anchor "#setup-1" in link "./beta.mdx#setup-1", expected a heading or id on "docs/guides/beta.mdx" (links/anchor)
      2 pages checked: 1 error(s), 0 warning(s)"
    `);
    execFileSync('git', ['-C', dir, 'checkout', '-q', '--', '.']);
    await expect(run(['--changed', 'HEAD', '--today', '2026-11-24', '--root', dir])).resolves.toEqual({code: 0, out: '0 pages checked: 0 error(s), 0 warning(s)'});
  });
});

describe('npm run check --changed on sources', () => {
  it('checks the pages that cover a changed source file, for drift', async () => {
    const dir = sourceChanged;
    writeFileSync(path.join(dir, 'src/widget.ts'), 'export const widget = 2;\n');
    const {out} = await run(['--changed', 'HEAD~1', '--today', '2026-11-24', '--root', dir]);
    expect(out).toContain('docs/guides/alpha.md:7:1 error Unexpected change to covered "src/widget.ts" on 2026-11-20');
    expect(out).toContain('1 pages checked');
  });
});
