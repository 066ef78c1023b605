import {describe, expect, it} from 'vitest';
import {main as benchBuild} from '../bench/build';
import {main as bench} from '../bench/index';
import {main as check} from '../check';
import {memoryIo, type CliMain} from '../lib/cli';
import {main as permalinksUpdate} from '../permalinks/update';
import {main as searchIndex} from '../search-index';

/** Every script's CLI has one shape: bad input is a tool failure, said on stderr, with nothing on stdout. */
describe('script CLIs', () => {
  const cases: [string, CliMain, string[]][] = [
    ['check', check, ['--today', 'yesterday']],
    ['permalinks:update', permalinksUpdate, ['--root', '/no/such/dir']],
    ['search:index', searchIndex, ['--build-dir', '/no/such/build', '--dry-run']],
    ['bench', bench, ['many']],
    ['bench:build', benchBuild, ['--docs', 'lots']],
  ];

  it('exit 2 and say why on stderr', async () => {
    const table: Record<string, string> = {};
    for (const [name, main, argv] of cases) {
      const {io, stdout, stderrLines} = memoryIo({argv});
      const code = await main(io);
      expect(stdout(), name).toBe('');
      table[name] = `${code} ${stderrLines()[0]}`;
    }
    expect(table).toMatchInlineSnapshot(`
      {
        "bench": "2 bench: Unexpected sizes "many", expected whole numbers of docs, such as 1000 10000",
        "bench:build": "2 bench:build: Unexpected --docs lots --runs 3, expected whole numbers of at least 1",
        "check": "2 check: could not run: Unexpected --today "yesterday", expected YYYY-MM-DD",
        "permalinks:update": "2 permalinks:update: could not run: Unexpected root "/no/such/dir": no such directory",
        "search:index": "2 search:index: no built site in /no/such/build (sitemap.xml missing). Run \`npm run build\` first.",
      }
    `);
  });
});
