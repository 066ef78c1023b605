import {generateKeyPairSync} from 'node:crypto';
import {appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {memoryIo} from '../../../scripts/lib/cli';
import {main as signoff} from '../../../scripts/signoff';
import type {SignerKeys} from '../signoff-states';
import {binderPageProps, loadBinderModel} from '../views/binder-model';

/**
 * The handoff's promise, shown on the site: a signed Operations domain turns STALE on the
 * binder's pages when a runbook changes. A temporary copy is signed with a fixture key made per
 * run (as scripts/__tests__/signoff.test.ts does); no private key is committed.
 */
const repo = path.resolve(__dirname, '../../..');
const {publicKey, privateKey} = generateKeyPairSync('ed25519');
const keys: SignerKeys = {'devops-lead': publicKey.export({type: 'spki', format: 'pem'}).toString()};
// 2026-12-01T00:00:00Z: the sign-off's moment; the binder is built a day later.
const signedEpoch = '1796083200';
const builtAt = '2026-12-02T00:00:00Z';

let root: string;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'binder-stale-'));
  for (const dir of ['runbooks', 'docs/handoff', 'docs/labs', 'handoff', 'recordings', 'security/snapshots']) cpSync(path.join(repo, dir), path.join(root, dir), {recursive: true});
  const keyFile = path.join(root, 'key.pem');
  writeFileSync(keyFile, privateKey.export({type: 'pkcs8', format: 'pem'}).toString());
  const {io, stderr} = memoryIo({argv: ['--domain', 'operations', '--key', keyFile, '--root', root], cwd: root, env: {SOURCE_DATE_EPOCH: signedEpoch}});
  expect(await signoff(io), stderr()).toBe(0);
});
afterAll(() => rmSync(root, {recursive: true, force: true}));

const binder = () => loadBinderModel({siteDir: root, moment: builtAt, commit: null, keys});
const operationsRow = (m: Awaited<ReturnType<typeof binder>>) => m.views['sign-offs'].rows.find((r) => r.domain === 'operations')!;

describe('editing a runbook turns a signed Operations domain STALE on the binder pages', () => {
  it('is VALID right after signing, and only Operations is signed', async () => {
    const m = await binder();
    expect(m.views['sign-offs'].rows.map((r) => `${r.domainName}: ${r.state}`)).toMatchInlineSnapshot(`
      [
        "Engineering: UNSIGNED",
        "Product: UNSIGNED",
        "Operations: VALID",
        "Support: UNSIGNED",
        "Community: UNSIGNED",
      ]
    `);
    expect(m.views['sign-offs'].allUnsigned).toBe(false);
  }, 60_000);

  it('is STALE after a runbook edit: on the sign-offs page, the evidence page and the summary', async () => {
    appendFileSync(path.join(root, 'runbooks/backup-restore.mdx'), '\nOne more line.\n');
    const m = await binder();
    const row = operationsRow(m);
    expect(row.state).toBe('STALE');
    expect(row.reason).toMatch(/^A source in scope changed since 2026-12-01T00:00:00Z: the sources hash to [0-9a-f]{64}, the sign-off approved [0-9a-f]{64}\.$/);
    const page = binderPageProps(m, 'sign-offs');
    expect(page.chapter.id).toBe('sign-offs');
    expect(JSON.stringify(page.view)).toContain('"state":"STALE"');
    const evidence = m.views.evidence.domains.find((d) => d.domain === 'operations')!;
    expect(evidence.state).toBe('STALE');
    expect(evidence.signedSha256).not.toBe(evidence.sha256);
    expect(m.views.evidence.commit).toBeNull();
    expect(m.views['executive-summary'].facts.find((f) => f.id === 'signoffs')!.text).toMatchInlineSnapshot(`"Of 5 domains: 1 STALE, 4 UNSIGNED."`);
  }, 60_000);
});
