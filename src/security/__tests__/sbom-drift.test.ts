import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {securityPolicy} from '../policy';
import {sbomPackages, type CdxComponent, type CdxDocument} from '../sbom';
import {driftFindings, forcedCopyleft, sbomDrift, type SbomApproval} from '../sbom-drift';
import {validateSbomText} from '../sbom-schema';

const root = path.resolve(__dirname, '../../..');
const npm = (name: string, version: string, licence = 'MIT', hash = 'aa'): CdxComponent => ({type: 'library', name, version, purl: `pkg:npm/${name}@${version}`, licenses: [{license: {id: licence}}], hashes: [{alg: 'SHA-512', content: hash}]});
const doc = (components: CdxComponent[]): CdxDocument => ({bomFormat: 'CycloneDX', specVersion: '1.6', components});

const baseline = doc([npm('react', '19.2.0'), npm('left-pad', '1.3.0'), npm('clsx', '2.1.1'), npm('yaml', '2.9.1'), npm('zod', '4.1.0')]);
const current = doc([
  npm('react', '19.3.1'), // version bump
  npm('clsx', '2.1.1', 'GPL-3.0-only'), // licence change to copyleft
  npm('yaml', '2.9.1', 'MIT', 'bb'), // same version, different hash
  npm('zod', '4.1.0'),
  npm('tiny-helper', '1.0.0'), // unapproved addition
  npm('approved-helper', '2.0.0', '(MIT OR GPL-2.0-only)'), // approved addition, copyleft only by choice
]);
const approvals: SbomApproval[] = [{package: 'pkg:npm/approved-helper', reason: 'fixture', approvedBy: 'devops'}];

describe('SBOM drift', () => {
  it('sorts each change into one class', () => {
    const changes = sbomDrift(sbomPackages(baseline), sbomPackages(current));
    expect(changes.map((c) => `${c.class} ${c.name} ${c.from ?? '-'} ${c.to ?? '-'}`)).toMatchInlineSnapshot(`
      [
        "added approved-helper - 2.0.0",
        "licence-change clsx 2.1.1 2.1.1",
        "removed left-pad 1.3.0 -",
        "version-bump react 19.2.0 19.3.1",
        "added tiny-helper - 1.0.0",
        "hash-change yaml 2.9.1 2.9.1",
      ]
    `);
  });

  it('fails on an unapproved addition and a new copyleft licence; warns on the rest', () => {
    const findings = driftFindings(sbomDrift(sbomPackages(baseline), sbomPackages(current)), approvals, securityPolicy.copyleftLicences, 'security/sbom.cdx.json');
    expect(findings.map((f) => `${f.severity}: ${f.message}`)).toMatchInlineSnapshot(`
      [
        "warn: Unexpected added approved-helper → 2.0.0 against the committed SBOM, expected none: run npm run security:refresh and commit the SBOM",
        "error: Unexpected copyleft licence GPL-3.0-only from licence change clsx 2.1.1, expected an approval for it in security/sbom-approvals.ts",
        "warn: Unexpected removed left-pad 1.3.0 against the committed SBOM, expected none: run npm run security:refresh and commit the SBOM",
        "warn: Unexpected version bump react 19.2.0 → 19.3.1 against the committed SBOM, expected none: run npm run security:refresh and commit the SBOM",
        "error: Unexpected unapproved addition tiny-helper 1.0.0 (pkg:npm/tiny-helper), expected an approval in security/sbom-approvals.ts",
        "warn: Unexpected same version, different hash yaml 2.9.1 against the committed SBOM, expected none: run npm run security:refresh and commit the SBOM",
      ]
    `);
  });

  it('counts a licence as copyleft only when no alternative avoids it', () => {
    const copyleft = securityPolicy.copyleftLicences;
    expect([forcedCopyleft('GPL-3.0-only', copyleft), forcedCopyleft('(MIT OR GPL-2.0-only)', copyleft), forcedCopyleft('LGPL-2.1-or-later AND MIT', copyleft), forcedCopyleft('MIT', copyleft)]).toEqual([['GPL-3.0-only'], [], ['LGPL-2.1-or-later'], []]);
  });
});

describe('the committed SBOM', () => {
  it('is valid CycloneDX, offline', async () => {
    expect(await validateSbomText(readFileSync(path.join(root, 'security/sbom.cdx.json'), 'utf8'), 'security/sbom.cdx.json')).toEqual([]);
  }, 30_000);

  it('reports a schema error with its line', async () => {
    const text = JSON.stringify(doc([{...npm('react', '19.3.1', 'MIT', 'a'.repeat(128)), purl: 5 as unknown as string}]), null, 2);
    expect((await validateSbomText(text, 'bad.cdx.json')).map((f) => `${f.line}: ${f.message}`)).toMatchInlineSnapshot(`
      [
        "9: Unexpected value at "/components/0/purl", expected it to satisfy the CycloneDX 1.6 schema: must be string {"type":"string"}",
      ]
    `);
  }, 30_000);
});
