import {describe, expect, it} from 'vitest';
import {runRules} from '../rule';
import {axCommands} from '../rules/ax-commands';
import {toPage, type SiteModel} from '../site-model';

const site = (source: string): SiteModel => ({root: '/site', today: '2026-11-24', pages: [toPage('docs/guides/example.md', source)]});

describe('cli/ax-commands', () => {
  it('accepts known commands', async () => {
    const md = '---\ntitle: x\n---\n\nRun `ax plugin validate`.\n\n```bash\nax plugin publish --channel sandbox\n```\n';
    expect(await runRules([axCommands], site(md))).toEqual([]);
  });

  it('reports a misspelled flag with its line', async () => {
    const md = '---\ntitle: x\n---\n\n```bash\nax login\nax plugin init foo --tmplate auth\n```\n';
    const findings = await runRules([axCommands], site(md));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toMatchInlineSnapshot(`
      [
        "docs/guides/example.md:7 cli/ax-commands Unexpected flag \`--tmplate\` for \`ax plugin init\`, expected one of --template, --datastore, --runtime, --dir, --force (did you mean --template?)",
      ]
    `);
  });
});
