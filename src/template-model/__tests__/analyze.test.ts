import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readMigrationSources} from '../../migration-model/load';
import {analyzeTemplates} from '../analyze';
import {combinations} from '../scaffold';

const site = path.resolve('.');

/** A copy of the site's typed sources (migration and templates), with one template file rewritten. */
function siteWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ax-templates-'));
  for (const folder of ['migration', 'templates', 'src']) cpSync(path.join(site, folder), path.join(dir, folder), {recursive: true, filter: (f) => !f.includes('__tests__')});
  writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

const analyze = (root: string) => analyzeTemplates(root, readMigrationSources(root)!)!;
const problems = (root: string) => analyze(root).problems.map((p) => `${p.file}:${p.line}:${p.column ?? 1} ${p.ruleId} ${p.message}`);

describe('the template library checked against the runtime API', () => {
  const report = analyze(site);

  it('finds no problem in the real templates', () => {
    expect(report.problems).toEqual([]);
  });

  it('marks each template supported on the runtimes it claims, and says where else it works', () => {
    const row = (archetype: string) => report.compatibility.find((c) => c.archetype === archetype)!.cells.map((c) => `${c.runtime}:${c.status}${c.claimed ? '*' : ''}`).join(' ');
    // data-sync lists keys (store.list), which runtime 2.2 introduced; no template compiles against the v1 API.
    expect(row('data-sync')).toMatchInlineSnapshot(`"1.0:unavailable 1.1:unavailable 1.2:unavailable 1.3:unavailable 2.0:unavailable 2.1:unavailable 2.2:supported* 2.3:supported* 2.4:supported 2.5:supported"`);
    for (const t of report.compatibility) for (const c of t.cells) if (c.claimed) expect(c.status, `${t.archetype} on ${c.runtime}`).toBe('supported');
  });

  it('checks every init command against the CLI spec, with the registry\'s values', () => {
    const auth = report.sources.templates.find((t) => t.entry.archetype === 'auth')!;
    expect(combinations(auth, {template: ['auth'], datastore: ['none']}).every((c) => !c.problem)).toBe(true);
    expect(combinations(auth, {template: ['auth'], datastore: ['postgres']})[0]!.problem).toMatchInlineSnapshot(`"Unexpected value \`none\` for \`--datastore\` of \`ax plugin init\`, expected one of postgres"`);
  });

  it('fails on an API the template uses that is deprecated or removed on a runtime it claims, naming file and line', () => {
    const root = siteWith('templates/auth/src/index.ts', (t) => t.replace('ctx.http.request(tokenUrl, {', 'ctx.http.fetchRaw(tokenUrl, {'));
    expect(problems(root)).toMatchInlineSnapshot(`
      [
        "templates/auth/src/index.ts:18:71 templates/types Unexpected compiler error against the API of runtime 2.1, 2.2, 2.3 (v2) that template "auth" claims: TS2353: Object literal may only specify known properties, and 'json' does not exist in type '{ method?: string | undefined; headers?: Record<string, string> | undefined; body?: string | undefined; }'., expected code that compiles against migration/api/v2/index.d.ts",
        "templates/auth/src/index.ts:18:35 templates/api-deprecated Unexpected \`v2.HttpClient.fetchRaw\`, deprecated since runtime 2.2 and removed in 2.5, in template "auth" on runtime 2.2, 2.3 it claims, expected its replacement v2.HttpClient.request (migration step #http)",
      ]
    `);
  });

  it('fails on an API newer than a runtime it claims, and on a manifest field that runtime lacks', () => {
    const root = siteWith('templates/workflow/ax-plugin.json', (t) => t.replace('"runtime": "2.1",', '"runtime": "2.0",\n  "apis": ["v2.EventBus.subscribe"],'));
    writeFileSync(path.join(root, 'templates/registry.ts'), readFileSync(path.join(root, 'templates/registry.ts'), 'utf8').replace("datastores: ['none', 'postgres', 'sqlite'],\n    lintRules: ['ax/default-export', 'ax/no-console', 'ax/keep-subscriptions'],\n    compatibility: {runtimes: ['2.1',", "datastores: ['none', 'postgres', 'sqlite'],\n    lintRules: ['ax/default-export', 'ax/no-console', 'ax/keep-subscriptions'],\n    compatibility: {runtimes: ['2.0', '2.1',"));
    writeFileSync(path.join(root, 'templates/workflow/src/steps.ts'), readFileSync(path.join(root, 'templates/workflow/src/steps.ts'), 'utf8').replace('return ran;', 'await ctx.store.list(key);\n  return ran;'));
    expect(problems(root)).toMatchInlineSnapshot(`
      [
        "templates/workflow/src/steps.ts:22:19 templates/api-unavailable Unexpected \`v2.KeyValueStore.list\`, available only from runtime 2.2, in template "workflow" on runtime 2.0, 2.1 it claims, expected a claim from runtime 2.2 on, or an API every claimed runtime has",
        "templates/workflow/ax-plugin.json:7:1 templates/manifest Unexpected manifest field "apis", available only from runtime 2.1, in template "workflow" on runtime 2.0 it claims, expected a claim from runtime 2.1 on, or an API every claimed runtime has",
      ]
    `);
  });

  it('fails on code that does not compile against the claimed runtime\'s API', () => {
    const root = siteWith('templates/governance/src/index.ts', (t) => t.replace("ctx.logger.warn('Plugin installed against policy'", "ctx.logger.warning('Plugin installed against policy'"));
    expect(problems(root)).toMatchInlineSnapshot(`
      [
        "templates/governance/src/index.ts:14:40 templates/types Unexpected compiler error against the API of runtime 2.1, 2.2, 2.3 (v2) that template "governance" claims: TS2339: Property 'warning' does not exist on type 'Logger'., expected code that compiles against migration/api/v2/index.d.ts",
      ]
    `);
  });
});
