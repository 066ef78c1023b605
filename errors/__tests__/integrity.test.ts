import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {catalogSources} from '..';
import {checkCatalog, formatCatalogFindings} from '../integrity';
import {docRouteExists} from '../routes';
import aliasIsId from './__fixtures__/alias-is-id';
import brokenRelated from './__fixtures__/broken-related';
import duplicateAlias from './__fixtures__/duplicate-alias';
import duplicateId from './__fixtures__/duplicate-id';
import emptyCauses from './__fixtures__/empty-causes';
import emptyFixes from './__fixtures__/empty-fixes';
import idRange from './__fixtures__/id-range';
import messageParams from './__fixtures__/message-params';
import retiredWithoutReplacement from './__fixtures__/retired-without-replacement';
import unknownCommand from './__fixtures__/unknown-command';

const siteDir = path.resolve(__dirname, '../..');
const check = (source: Parameters<typeof checkCatalog>[0][number]) => checkCatalog([source], {siteDir, docExists: (r) => docRouteExists(siteDir, r)});
const report = (source: Parameters<typeof checkCatalog>[0][number]) => formatCatalogFindings(check(source));

describe('checkCatalog', () => {
  it('finds nothing wrong in the real catalog', () => {
    expect(formatCatalogFindings(checkCatalog(catalogSources, {siteDir, docExists: (r) => docRouteExists(siteDir, r)}))).toBe('');
  });

  it.each([
    ['duplicate-id', duplicateId, 'AX1042'],
    ['duplicate-alias', duplicateAlias, 'AX1043'],
    ['alias-is-id', aliasIsId, 'AX1043'],
    ['retired-replacement', retiredWithoutReplacement, 'AX1040'],
    ['empty-causes', emptyCauses, 'AX1042'],
    ['empty-fixes', emptyFixes, 'AX1042'],
    ['broken-related', brokenRelated, 'AX1042'],
    ['unknown-command', unknownCommand, 'AX1042'],
    ['message-params', messageParams, 'AX1042'],
    ['id-range', idRange, 'AX1050'],
  ])('reports %s with the file and the offending ID', (checkId, source, id) => {
    const findings = check(source);
    const hit = findings.find((f) => f.check === checkId);
    expect(hit, formatCatalogFindings(findings)).toBeDefined();
    expect(hit!.file).toBe(source.file);
    expect(hit!.id).toBe(id);
    expect(hit!.line).toBeGreaterThan(1);
  });

  it('words each finding as "Unexpected X, expected Y"', () => {
    const all = [duplicateId, duplicateAlias, aliasIsId, retiredWithoutReplacement, emptyCauses, emptyFixes, brokenRelated, unknownCommand, messageParams, idRange].map(report).join('\n');
    expect(all).toMatchInlineSnapshot(`
      "errors/__tests__/__fixtures__/duplicate-id.ts:6 AX1042 Unexpected duplicate ID AX1042, expected each ID once (also in errors/__tests__/__fixtures__/duplicate-id.ts) (errors/duplicate-id)
      errors/__tests__/__fixtures__/duplicate-alias.ts:6 AX1043 Unexpected duplicate alias e_session_expired, expected each alias once (also on AX1042) (errors/duplicate-alias)
      errors/__tests__/__fixtures__/duplicate-alias.ts:6 AX1043 Unexpected alias \`e_session_expired\`, expected upper-case letters, digits, _ and - (errors/alias-format)
      errors/__tests__/__fixtures__/alias-is-id.ts:6 AX1043 Unexpected alias ax-1042 that reads as error ID AX1042, expected a symbolic code such as E_SESSION_EXPIRED (errors/alias-is-id)
      errors/__tests__/__fixtures__/retired-without-replacement.ts:6 AX1040 Unexpected retired error without replacedBy or retiredNote, expected one of them (errors/retired-replacement)
      errors/__tests__/__fixtures__/empty-causes.ts:3 AX1042 Unexpected empty causes, expected at least one cause, most likely first (errors/empty-causes)
      errors/__tests__/__fixtures__/empty-fixes.ts:3 AX1042 Unexpected empty fixes, expected at least one actionable step (errors/empty-fixes)
      errors/__tests__/__fixtures__/broken-related.ts:4 AX1042 Unexpected related error AX1999, expected the ID of an error in the catalog (errors/broken-related)
      errors/__tests__/__fixtures__/broken-related.ts:4 AX1042 Unexpected related doc /docs/guides/no-such-guide, expected the path of a page on this site (docs/, runbooks/, the CLI reference or /errors) (errors/broken-related)
      errors/__tests__/__fixtures__/unknown-command.ts:6 AX1042 fixes[0].command: Unexpected flag \`--tmplate\` for \`ax plugin init\`, expected one of --template, --datastore, --runtime, --dir, --force (did you mean --template?) (errors/unknown-command)
      errors/__tests__/__fixtures__/unknown-command.ts:6 AX1042 fixes[1].step: Unexpected command \`ax plugin validat\`, expected one of init, validate, publish, upgrade, sign, install, list, info, yank (did you mean validate?) (errors/unknown-command)
      errors/__tests__/__fixtures__/message-params.ts:4 AX1042 Unexpected params {profile} for message placeholders {expiredAt, profile}, expected the same names (errors/message-params)
      errors/__tests__/__fixtures__/id-range.ts:4 AX1050 Unexpected ID AX1050 in area runtime, expected AX3000–AX3099 (errors/id-range)
      errors/__tests__/__fixtures__/id-range.ts:4 AX42 Unexpected ID \`AX42\`, expected AX and four digits (errors/id-format)"
    `);
  });
});
