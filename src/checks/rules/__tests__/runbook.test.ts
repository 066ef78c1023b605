import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runRules, type Rule} from '../../rule';
import {toPage, type SiteModel} from '../../site-model';
import {createRunbookReferenceRules, runbookSectionsRule} from '../runbook';
import {createDrTargetRule, runbookDrillLogRule, runbookDrillOverdueRule} from '../runbook-drills';
import {runbookRules} from '../runbook-rules';
import {productionOpsReferences} from '../runbook-references';
import {dataStores} from '../../../content-model/ops/dr-stores';
import type {OpsReferences} from '../../../content-model/ops/references';

const sections = ['Triggers', 'Impact', 'Diagnosis', 'Mitigation', 'Recovery steps', 'Verification', 'Comms'];

const frontmatter = (triggers = ['RuntimeQueueSaturated', 'AX2001']) =>
  ['---', 'title: Runtime scaling', 'description: Scale out.', 'kind: runbook', 'owner: runtime', 'last_reviewed: 2026-11-20', 'severity: SEV-2', 'triggers:', ...triggers.map((t) => `  - ${t}`), 'services:', '  - runtime', 'escalation: runtime', '---', ''];

function runbook(options: {sections?: string[]; triggers?: string[]; body?: string[]} = {}): string {
  const body = (options.sections ?? sections).flatMap((s) => [`## ${s}`, '', `1. Step of ${s.toLowerCase()}.`, '']);
  return [...frontmatter(options.triggers), ...body, ...(options.body ?? [])].join('\n');
}

const fixtureRoot = path.join(__dirname, '__fixtures__', 'drills-site');
const site = (pages: Record<string, string>, root = fixtureRoot): SiteModel => ({root, today: '2026-11-24', pages: Object.entries(pages).map(([f, s]) => toPage(f, s))});

const refs: OpsReferences = {
  errorIds: new Set(['AX2001']),
  alertNames: new Set(['RuntimeQueueSaturated']),
  checkAxCommand: (line) => (/^ax (runtime|logs)\b/.test(line) ? {ok: true} : {ok: false, message: `Unexpected command "${line}", expected a command from the CLI spec`}),
};
const [triggersRule, commandsRule] = createRunbookReferenceRules(() => refs);

const run = async (rule: Rule<SiteModel>, model: SiteModel) => (await runRules([rule], model)).map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);

describe('runbook/sections', () => {
  it('accepts a runbook with every section in order', async () => {
    expect(await run(runbookSectionsRule, site({'runbooks/good.md': runbook()}))).toEqual([]);
  });

  it.each(sections)('reports a missing "%s" section with file and line', async (missing) => {
    const findings = await run(runbookSectionsRule, site({'runbooks/bad.md': runbook({sections: sections.filter((s) => s !== missing)})}));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(new RegExp(`^runbooks/bad\\.md:\\d+:1 Unexpected missing section "## ${missing}", expected every runbook to have: Triggers, Impact`));
  });

  it('points a missing section at the heading that should follow it', async () => {
    const findings = await run(runbookSectionsRule, site({'runbooks/bad.md': runbook({sections: sections.filter((s) => s !== 'Impact')})}));
    const source = runbook({sections: sections.filter((s) => s !== 'Impact')}).split('\n');
    expect(findings[0]!.split(':')[1]).toBe(String(source.indexOf('## Diagnosis') + 1));
  });

  it('reports sections out of order and repeated', async () => {
    const swapped = ['Triggers', 'Impact', 'Mitigation', 'Diagnosis', 'Recovery steps', 'Verification', 'Comms'];
    expect(runbook({sections: swapped}).split('\n').indexOf('## Diagnosis') + 1).toBe(28);
    expect(await run(runbookSectionsRule, site({'runbooks/bad.md': runbook({sections: swapped})}))).toMatchInlineSnapshot(`
      [
        "runbooks/bad.md:28:1 Unexpected section "## Diagnosis" here, expected the sections in this order: Triggers, Impact, Diagnosis, Mitigation, Recovery steps, Verification, Comms",
      ]
    `);
    const twice = await run(runbookSectionsRule, site({'runbooks/bad.md': runbook({sections: [...sections, 'Comms']})}));
    expect(twice.join('\n')).toContain('Unexpected second "## Comms" section, expected it once');
  });

  it('ignores guides in the runbooks folder', async () => {
    const guide = '---\ntitle: G\ndescription: D\nkind: guide\nowner: devops\nlast_reviewed: 2026-11-01\n---\n\nText.\n';
    expect(await run(runbookSectionsRule, site({'runbooks/index.md': guide}))).toEqual([]);
  });
});

describe('runbook/triggers', () => {
  it('accepts known alerts and error IDs', async () => {
    expect(await run(triggersRule!, site({'runbooks/good.md': runbook()}))).toEqual([]);
  });

  it.each([
    ['an unknown error ID', 'AX9999', 'runbooks/bad.md:10:5 Unexpected unknown error ID "AX9999" in "triggers", expected an active error ID from the catalog in errors/'],
    ['an unknown alert', 'RuntimeQueueFull', 'runbooks/bad.md:10:5 Unexpected unknown alert "RuntimeQueueFull" in "triggers", expected an alert name from src/content-model/ops/alerts.ts'],
  ])('reports %s at its line', async (_name, trigger, expected) => {
    expect(await run(triggersRule!, site({'runbooks/bad.md': runbook({triggers: ['RuntimeQueueSaturated', trigger]})}))).toEqual([expected]);
  });

  it('leaves a malformed trigger to the schema rule, with its line', async () => {
    const page = toPage('runbooks/bad.md', runbook({triggers: ['queue is full']}));
    expect(page.validation.problems).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "field": "triggers",
          "line": 8,
          "message": "Unexpected "queue is full" for "triggers.0", expected an alert name in PascalCase or an error ID like AX1042",
        },
      ]
    `);
  });
});

describe('runbook/commands', () => {
  it('checks every ax command in code blocks against the CLI spec', async () => {
    const body = ['```bash', 'ax runtime status --region eu-west-1', '$ ax rutnime scale', 'kubectl get pods', '```'];
    const source = runbook({body});
    const findings = await run(commandsRule!, site({'runbooks/rb.md': source}));
    const line = source.split('\n').indexOf('$ ax rutnime scale') + 1;
    expect(findings).toEqual([`runbooks/rb.md:${line}:1 Unexpected command "ax rutnime scale", expected a command from the CLI spec`]);
  });
});

describe('drill rules', () => {
  const pages = {'runbooks/good.md': runbook(), 'runbooks/stale.md': runbook(), 'runbooks/never.md': runbook()};

  it('reports overdue and never-drilled runbooks', async () => {
    expect((await run(runbookDrillOverdueRule, site(pages))).sort()).toEqual([
      'runbooks/never.md:4:7 Unexpected runbook never drilled, expected a drill log in runbooks/_drills within every 90 days',
      'runbooks/stale.md:4:7 Unexpected last drill on 2026-06-01, due by 2026-08-30, expected a drill log in runbooks/_drills within every 90 days',
    ]);
  });

  it('reports invalid drill logs and logs of unknown runbooks', async () => {
    const findings = await run(runbookDrillLogRule, site(pages));
    expect(findings).toMatchInlineSnapshot(`
      [
        "runbooks/_drills/broken.json:5:22 Unexpected "ten" for "elapsed_seconds", expected a number",
        "runbooks/_drills/unknown-2026-11-01.json:1:1 Unexpected runbook "no-such-runbook" in a drill log, expected one of: good, stale, never",
      ]
    `);
  });
});

describe('dr/targets', () => {
  const repoRoot = path.resolve(__dirname, '../../../..');
  it('reports a store whose newest drill missed a target, at the store line', async () => {
    const missed = {...dataStores[0]!, drills: [{date: '2026-11-01', kind: 'failover' as const, achievedRpoMinutes: 20, achievedRtoMinutes: 45, notes: 'n'}]};
    const rule = createDrTargetRule(() => [missed], 'src/content-model/ops/dr-stores.ts');
    const findings = await run(rule, site({}, repoRoot));
    expect(findings.map((f) => f.replace(/:\d+:1 /, ':N ')).join('\n')).toMatchInlineSnapshot(`
      "src/content-model/ops/dr-stores.ts:N Unexpected RPO of 20 min for "marketplace-db" in the 2026-11-01 drill, expected 5 min or less
      src/content-model/ops/dr-stores.ts:N Unexpected RTO of 45 min for "marketplace-db" in the 2026-11-01 drill, expected 15 min or less"
    `);
    expect(findings[0]).not.toMatch(/:1:1 /);
  });

  it('reports an overdue store', async () => {
    const old = {...dataStores[0]!, drills: [{date: '2026-01-10', kind: 'failover' as const, achievedRpoMinutes: 1, achievedRtoMinutes: 5, notes: 'n'}]};
    const findings = await run(createDrTargetRule(() => [old], 'src/content-model/ops/dr-stores.ts'), site({}, repoRoot));
    expect(findings.map((f) => f.replace(/:\d+:1 /, ':N '))).toEqual(['src/content-model/ops/dr-stores.ts:N Unexpected last drill on 2026-01-10 for "marketplace-db", expected a drill by 2026-04-10']);
    expect(await run(createDrTargetRule(() => [old], 'nowhere.ts'), site({}, repoRoot))).toEqual([]);
  });
});

describe('the runbooks of this site', () => {
  it('pass every runbook rule, but for the drill the newest runbook has not had yet', async () => {
    const {loadSiteModel} = await import('../../site-model');
    const root = path.resolve(__dirname, '../../../..');
    const model = await loadSiteModel(root, {today: '2026-11-24'});
    // A drill log records a drill people ran; none is written for a runbook nobody has drilled.
    expect((await runRules(runbookRules, model)).map((f) => `${f.severity} ${f.file}:${f.line} ${f.message}`)).toMatchInlineSnapshot(`
      [
        "warn runbooks/marketplace-installs-drop.mdx:4 Unexpected runbook never drilled, expected a drill log in runbooks/_drills within every 90 days",
      ]
    `);
    expect(model.pages.filter((p) => p.validation.data?.kind === 'runbook').length).toBeGreaterThanOrEqual(12);
  });
});

describe('runbook/alert-coverage', () => {
  it('reports every alert no runbook names, at its line in the alert list', async () => {
    const [, , coverage] = createRunbookReferenceRules(() => refs);
    const repoRoot = path.resolve(__dirname, '../../../..');
    const findings = await run(coverage!, site({'runbooks/rb.md': runbook({triggers: ['RuntimeQueueSaturated']})}, repoRoot));
    expect(findings).toHaveLength(0);
    const all = await run(createRunbookReferenceRules(() => ({...refs, alertNames: new Set(['RuntimeQueueSaturated', 'TelemetryIngestionLag'])}))[2]!, site({'runbooks/rb.md': runbook({triggers: ['RuntimeQueueSaturated']})}, repoRoot));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatch(/^src\/content-model\/ops\/alerts\.ts:(\d+):1 Unexpected alert "TelemetryIngestionLag" without a runbook, expected a runbook listing it in "triggers"$/);
    expect(all[0]).not.toMatch(/alerts\.ts:1:/);
  });
});

describe('production wiring', () => {
  it('judges triggers against active catalog IDs and commands against the CLI spec, strictly', async () => {
    const [triggers, commands] = createRunbookReferenceRules(productionOpsReferences);
    const page = runbook({triggers: ['RuntimeQueueSaturated', 'AX3001', 'AX1040'], body: ['```bash', 'ax runtime scale --replicas 3', 'ax logs --correlation-id "$CID"', '```', '', 'Then `ax backup verify` and `ax runtime statsu`.']});
    const model = site({'runbooks/rb.md': page});
    expect(await run(triggers!, model)).toEqual(['runbooks/rb.md:11:5 Unexpected unknown error ID "AX1040" in "triggers", expected an active error ID from the catalog in errors/']);
    const found = await run(commands!, model);
    // The misspelt inline command is cli/ax-commands' to report, for every page; this rule adds completeness.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/ax runtime scale.*--region/);
  });
});
