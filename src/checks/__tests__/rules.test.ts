import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {allRules, loadSiteModel, runRules, type Finding} from '..';
import {gitSite, where} from './helpers';

const today = '2026-11-24';

async function check(dir: string): Promise<Finding[]> {
  return runRules(allRules, await loadSiteModel(dir, {today}));
}

// Every fixture tree and model is made once while the file loads (git spawns, the faulty site's
// TypeScript compile of its templates), so no timed test repeats that work on a loaded machine.
const good = gitSite('site');
const bad = gitSite('faulty', {changes: [{file: 'src/widget.ts', date: '2026-11-20'}]});
const reviewedAfterChange = gitSite('site', {changes: [{file: 'src/widget.ts', date: '2026-11-01'}]});
const withoutGit = gitSite('site', {git: false});
const badModel = await loadSiteModel(bad, {today});
const [goodFindings, badFindings] = await Promise.all([check(good), runRules(allRules, badModel)]);

/** Each rule: nothing on the good site; on the faulty one, exactly the planted faults. */
const planted: Record<string, string[]> = {
  'frontmatter/schema': ['docs/guides/gamma.md:7 frontmatter/schema'],
  'frontmatter/owner': ['docs/guides/gamma.md:5 frontmatter/owner'],
  'frontmatter/last-reviewed': ['docs/guides/delta.md:6 frontmatter/last-reviewed'],
  'freshness/stale': ['docs/guides/epsilon.md:6 freshness/stale'],
  'freshness/due-soon': ['docs/guides/zeta.md:6 freshness/due-soon'],
  'freshness/drift': ['docs/guides/alpha.md:7 freshness/drift'],
  'links/broken': ['docs/guides/gamma.md:11 links/broken', 'docs/guides/gamma.md:11 links/broken', 'docs/guides/gamma.md:13 links/broken'],
  'links/anchor': ['docs/guides/gamma.md:12 links/anchor', 'docs/guides/gamma.md:12 links/anchor'],
  'routes/duplicate': ['docs/guides/gamma.md:8 routes/duplicate'],
  'redirects/target': ['redirects.yml:11 redirects/target'],
  'redirects/loop': ['redirects.yml:7 redirects/loop', 'redirects.yml:9 redirects/loop'],
  'redirects/chain': ['redirects.yml:3 redirects/chain'],
  'permalinks/missing': ['published-urls.txt:4 permalinks/missing'],
  'cli/ax-commands': ['docs/guides/zeta.md:14 cli/ax-commands', 'runbooks/broken.md:30 cli/ax-commands'],
  'runbook/sections': ['runbooks/broken.md:41 runbook/sections'],
  'runbook/triggers': ['runbooks/broken.md:10 runbook/triggers'],
  'runbook/commands': ['runbooks/broken.md:29 runbook/commands'],
  // alert-coverage and dr/targets judge typed lists in src/content-model/ops, which fixture sites lack;
  // their faults are planted in src/checks/rules/__tests__/runbook.test.ts.
  'runbook/alert-coverage': [],
  'runbook/drill-log': ['runbooks/_drills/broken.json:5 runbook/drill-log'],
  'runbook/drill-overdue': ['runbooks/broken.md:4 runbook/drill-overdue'],
  'dr/targets': [],
  'catalog/ids': ['errors/catalog/auth.ts:19 catalog/ids'],
  'catalog/aliases': ['errors/catalog/auth.ts:17 catalog/aliases'],
  'catalog/entries': ['errors/catalog/auth.ts:21 catalog/entries'],
  'catalog/retired': ['errors/catalog/auth.ts:23 catalog/retired'],
  'catalog/related': ['errors/catalog/auth.ts:25 catalog/related'],
  'catalog/commands': ['errors/catalog/auth.ts:27 catalog/commands'],
  // One bad @deprecated tag is planted in the faulty site; every migration rule's faults are in rules/__tests__/migration.test.ts.
  'migration/releases': [],
  'migration/since': [],
  'migration/version': [],
  'migration/replacement': ['migration/api/v1/index.d.ts:6 migration/replacement'],
  'migration/order': [],
  'migration/removal-date': [],
  'migration/step': [],
  // The faulty site's template library: one broken template, one entry without a scaffold (templates/registry.ts, templates/broken/).
  'templates/registry': ['templates/registry.ts:18 templates/registry', 'templates/registry.ts:18 templates/registry'],
  'templates/types': ['templates/broken/src/index.ts:6 templates/types', 'templates/broken/src/index.ts:7 templates/types'],
  'templates/api-unavailable': ['templates/broken/src/index.ts:7 templates/api-unavailable'],
  'templates/api-deprecated': ['templates/broken/src/index.ts:6 templates/api-deprecated'],
  'templates/api-removed': ['templates/broken/src/index.ts:6 templates/api-removed'],
  'templates/manifest': ['templates/broken/ax-plugin.json:6 templates/manifest'],
  'templates/lint': ['templates/broken/src/index.ts:6 templates/lint'],
  // Two labs, one fault per rule at least (docs/labs/broken.mdx, loop.mdx); messages are pinned in rules/__tests__/labs.test.ts.
  'labs/commands': ['docs/labs/broken.mdx:20 labs/commands', 'docs/labs/broken.mdx:28 labs/commands'],
  'labs/prerequisites': ['docs/labs/broken.mdx:9 labs/prerequisites', 'docs/labs/broken.mdx:10 labs/prerequisites', 'docs/labs/loop.mdx:9 labs/prerequisites'],
  'labs/duration': ['docs/labs/broken.mdx:13 labs/duration', 'docs/labs/broken.mdx:13 labs/duration'],
  'labs/samples': ['docs/labs/broken.mdx:14 labs/samples', 'docs/labs/broken.mdx:22 labs/samples', 'docs/labs/broken.mdx:31 labs/samples'],
  'labs/steps': ['docs/labs/broken.mdx:31 labs/steps', 'docs/labs/broken.mdx:50 labs/steps'],
  // The recordings of rules/__tests__/__fixtures__/recordings, copied; messages are pinned in rules/__tests__/recordings.test.ts.
  'recordings/record': ['recordings/bad-command.ts:7 recordings/record', 'recordings/bad-command.ts:15 recordings/record', 'recordings/person.ts:8 recordings/record', 'recordings/person.ts:8 recordings/record'],
  'recordings/captions': ['recordings/broken-cue.vtt:6 recordings/captions', 'recordings/no-captions.ts:1 recordings/captions'],
  'recordings/chapters': ['recordings/bad-command.ts:9 recordings/chapters', 'recordings/bad-command.ts:12 recordings/chapters'],
  'recordings/commands': ['recordings/bad-command.vtt:7 recordings/commands'],
  // A sign-off missing its hash, scope and signature; signing, STALE and EXPIRED are proved in scripts/__tests__/signoff.test.ts.
  'binder/signoff': ['handoff/signoffs/operations.json:1 binder/signoff'],
};

describe.each(allRules.map((r) => r.meta.id))('rule %s', (ruleId) => {
  it('finds nothing on the good site', () => {
    expect(goodFindings.filter((f) => f.ruleId === ruleId).map(where)).toEqual([]);
  });

  it('finds exactly the planted faults on the faulty site', () => {
    expect(planted[ruleId], `no planted fault for ${ruleId}`).toBeDefined();
    expect(badFindings.filter((f) => f.ruleId === ruleId).map(where)).toEqual(planted[ruleId]);
  });
});

describe('severity settings', () => {
  it('turns a rule off, or down to a warning', async () => {
    const findings = await runRules(allRules, badModel, {'links/broken': 'off', 'links/anchor': 'warn'});
    expect(findings.some((f) => f.ruleId === 'links/broken')).toBe(false);
    expect(new Set(findings.filter((f) => f.ruleId === 'links/anchor').map((f) => f.severity))).toEqual(new Set(['warn']));
  });
});

describe('freshness/drift', () => {
  it('names the changed file and dates in its message', () => {
    expect(badFindings.find((f) => f.ruleId === 'freshness/drift')?.message).toMatchInlineSnapshot(
      `"Unexpected change to covered "src/widget.ts" on 2026-11-20 after last_reviewed 2026-11-01, expected a review of the page against the change"`,
    );
  });

  it('is quiet when the change came before the review', async () => {
    expect((await check(reviewedAfterChange)).filter((f) => f.ruleId === 'freshness/drift')).toEqual([]);
  });

  it('degrades to a warning that says why without git history', async () => {
    const findings = (await check(withoutGit)).filter((f) => f.ruleId === 'freshness/drift');
    expect(findings.map((f) => `${where(f)} ${f.severity}: ${f.message}`)).toMatchInlineSnapshot(`
      [
        "docs/guides/alpha.md:7 freshness/drift warn: Unexpected missing git history (the tree is not a git repository), expected it to compare "covers" with last_reviewed; drift was not checked",
      ]
    `);
  });
});

describe('a model built by hand', () => {
  it('runs every rule, filling in routes and git history on demand', async () => {
    const {toPage} = await import('..');
    const page = toPage('docs/x.md', '---\ntitle: T\ndescription: D\nkind: guide\nowner: docs\nlast_reviewed: 2026-11-01\n---\n\nSee [y](./y.md).\n');
    const root = mkdtempSync(path.join(tmpdir(), 'ax-hand-'));
    const findings = await runRules(allRules, {root, today, pages: [page]});
    expect(findings.map(where)).toEqual(['docs/x.md:9 links/broken']);
  });
});
