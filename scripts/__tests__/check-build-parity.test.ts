import {describe, expect, it} from 'vitest';
import {gitSite} from '../../src/checks/__tests__/helpers';
import {contentFolders} from '../../src/routes/table';
import {runDocChecks} from '../../plugins/doc-checks/run-checks';
import {main} from '../check';
import {memoryIo} from '../lib/cli';

const faulty = gitSite('faulty', {changes: [{file: 'src/widget.ts', date: '2026-11-20'}]});
const today = '2026-11-24';

async function check(format: string): Promise<string> {
  const {io, stdout} = memoryIo({argv: ['--format', format, '--today', today, '--root', faulty]});
  await main(io);
  return stdout();
}

/** What the build runs: the doc-checks plugin's worker function, on the same tree and day. */
const build = () => runDocChecks({siteDir: faulty, roots: [...contentFolders], today, rules: {}});

describe('npm run check and the build run the same rules', () => {
  it('lists the same rule ids, in the same order', async () => {
    const sarif = JSON.parse(await check('sarif')) as {runs: {tool: {driver: {rules: {id: string}[]}}}[]};
    const checkIds = sarif.runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(checkIds).toEqual((await build()).rules.map((r) => r.id));
    expect(checkIds.length).toBeGreaterThan(30);
  });

  it('reports the same findings on a tree with a fault planted for every rule', async () => {
    const where = (f: {file: string; line: number; ruleId: string}) => `${f.file}:${f.line} ${f.ruleId}`;
    const fromCheck = (JSON.parse(await check('json')) as {findings: {file: string; line: number; ruleId: string}[]}).findings.map(where);
    expect(fromCheck).toEqual((await build()).findings.map(where));
    expect(new Set(fromCheck.map((f) => f.split(' ')[1])).size).toBeGreaterThan(20);
  });
});
