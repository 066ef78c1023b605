import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {catalogSources} from '../../../error-catalog';
import type {CatalogSource} from '../../../error-catalog/entry';
import {runRules} from '../../rule';
import {loadSiteModel, type RouteIndex, type SiteModel} from '../../site-model';
import {createCatalogRules, catalogRules} from '../catalog';
import {catalogLoader} from '../catalog-source';
import aliasIsId from './__fixtures__/catalog/alias-is-id';
import brokenRelated from './__fixtures__/catalog/broken-related';
import duplicateAlias from './__fixtures__/catalog/duplicate-alias';
import duplicateId from './__fixtures__/catalog/duplicate-id';
import emptyCauses from './__fixtures__/catalog/empty-causes';
import emptyFixes from './__fixtures__/catalog/empty-fixes';
import idRange from './__fixtures__/catalog/id-range';
import messageParams from './__fixtures__/catalog/message-params';
import retiredWithoutReplacement from './__fixtures__/catalog/retired-without-replacement';
import unknownCommand from './__fixtures__/catalog/unknown-command';

const repoRoot = path.resolve(__dirname, '../../../..');
/** The pages a fixture's related links may name, so the test needs no site on disk. */
const routes: RouteIndex = {pageByRoute: new Map(), pageByFile: new Map(), otherRoutes: new Set(['/docs/guides/plugin-templates', '/runbooks']), patterns: []};
const model = (): SiteModel => ({root: repoRoot, today: '2026-11-24', pages: [], routes});

/** Runs the catalog rules on one fixture source; one finding a line, `file:line:column message (rule)`. */
async function check(...sources: CatalogSource[]): Promise<string[]> {
  const rules = createCatalogRules(catalogLoader(() => sources));
  return (await runRules(rules, model())).map((f) => `${f.file}:${f.line}:${f.column} ${f.message} (${f.ruleId})`);
}

describe('catalog rules', () => {
  it('find nothing wrong in the real catalog, judged against the real site', async () => {
    const site = await loadSiteModel(repoRoot, {git: {available: false, reason: 'not needed'}});
    expect(await runRules(catalogRules, site)).toEqual([]);
    expect(catalogSources.length).toBeGreaterThan(0);
  });

  it('are silent on a root without a catalog', async () => {
    expect(await runRules(catalogRules, {...model(), root: path.join(repoRoot, 'docs')})).toEqual([]);
  });

  it('report a catalog that does not load, once', async () => {
    const rules = createCatalogRules(catalogLoader(() => {
      throw new Error('Unexpected token');
    }));
    expect((await runRules(rules, model())).map((f) => `${f.file}:${f.line} ${f.message} (${f.ruleId})`)).toMatchInlineSnapshot(`
      [
        "errors/catalog/index.ts:1 Unexpected error loading the catalog: Unexpected token, expected a module exporting catalogSources (catalog/entries)",
      ]
    `);
  });

  it.each([
    ['catalog/ids', duplicateId, 'AX1042'],
    ['catalog/aliases', duplicateAlias, 'AX1043'],
    ['catalog/aliases', aliasIsId, 'AX1043'],
    ['catalog/retired', retiredWithoutReplacement, 'AX1040'],
    ['catalog/entries', emptyCauses, 'AX1042'],
    ['catalog/entries', emptyFixes, 'AX1042'],
    ['catalog/related', brokenRelated, 'AX1042'],
    ['catalog/commands', unknownCommand, 'AX1042'],
    ['catalog/entries', messageParams, 'AX1042'],
    ['catalog/ids', idRange, 'AX1050'],
  ])('%s reports %s with the file and the entry line', async (ruleId, source, id) => {
    const findings = await check(source);
    const hit = findings.find((f) => f.endsWith(`(${ruleId})`) && f.includes(` ${id}: `));
    expect(hit, findings.join('\n')).toBeDefined();
    expect(hit!.startsWith(`${source.file}:`)).toBe(true);
    expect(Number(hit!.split(':')[1])).toBeGreaterThan(1);
  });

  it('word each finding as "Unexpected X, expected Y"', async () => {
    const all = [];
    for (const source of [duplicateId, duplicateAlias, aliasIsId, retiredWithoutReplacement, emptyCauses, emptyFixes, brokenRelated, unknownCommand, messageParams, idRange]) all.push(...(await check(source)));
    expect(all.map((f) => f.replace('src/checks/rules/__tests__/__fixtures__/catalog/', '…/'))).toMatchInlineSnapshot(`
      [
        "…/duplicate-id.ts:6:9 AX1042: Unexpected duplicate ID AX1042, expected each ID once (also in src/checks/rules/__tests__/__fixtures__/catalog/duplicate-id.ts) (catalog/ids)",
        "…/duplicate-alias.ts:6:9 AX1043: Unexpected duplicate alias e_session_expired, expected each alias once (also on AX1042) (catalog/aliases)",
        "…/duplicate-alias.ts:6:9 AX1043: Unexpected alias \`e_session_expired\`, expected upper-case letters, digits, _ and - (catalog/aliases)",
        "…/alias-is-id.ts:6:9 AX1043: Unexpected alias ax-1042 that reads as error ID AX1042, expected a symbolic code such as E_SESSION_EXPIRED (catalog/aliases)",
        "…/retired-without-replacement.ts:6:9 AX1040: Unexpected retired error without replacedBy or retiredNote, expected one of them (catalog/retired)",
        "…/empty-causes.ts:3:46 AX1042: Unexpected empty causes, expected at least one cause, most likely first (catalog/entries)",
        "…/empty-fixes.ts:3:45 AX1042: Unexpected empty fixes, expected at least one actionable step (catalog/entries)",
        "…/broken-related.ts:4:48 AX1042: Unexpected related error AX1999, expected the ID of an error in the catalog (catalog/related)",
        "…/broken-related.ts:4:48 AX1042: Unexpected related doc /docs/guides/no-such-guide, expected the path of a page this site serves (from src/routes/table.ts) (catalog/related)",
        "…/unknown-command.ts:6:5 AX1042: fixes[0].command: Unexpected flag \`--tmplate\` for \`ax plugin init\`, expected one of --template, --datastore, --runtime, --dir, --force (did you mean --template?) (catalog/commands)",
        "…/unknown-command.ts:6:5 AX1042: fixes[1].step: Unexpected command \`ax plugin validat\`, expected one of init, validate, publish, upgrade, sign, install, list, info, yank (did you mean validate?) (catalog/commands)",
        "…/message-params.ts:4:48 AX1042: Unexpected params {profile} for message placeholders {expiredAt, profile}, expected the same names (catalog/entries)",
        "…/id-range.ts:4:42 AX1050: Unexpected ID AX1050 in area runtime, expected AX3000–AX3099 (catalog/ids)",
        "…/id-range.ts:4:42 AX42: Unexpected ID \`AX42\`, expected AX and four digits (catalog/ids)",
      ]
    `);
  });
});
