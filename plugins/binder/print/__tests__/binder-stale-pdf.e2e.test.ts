import {generateKeyPairSync} from 'node:crypto';
import {appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {memoryIo} from '../../../../scripts/lib/cli';
import {main as signoff} from '../../../../scripts/signoff';
import type {SignerKeys} from '../../../../src/binder/signoff-states';
import {loadBinderModel} from '../../../../src/binder/views/binder-model';
import {executiveDeck} from '../decks';
import {openPdf, pageTexts} from '../pdf-inspect';
import {printBinderPdf} from '../print-pdf';
import {printModel} from '../print-model';

/**
 * The handoff's promise, in the downloads: a signed Operations domain turns STALE in the PDF
 * and the executive deck when a runbook changes. A temporary copy is signed with a fixture key
 * made per run (as src/binder/__tests__/binder-stale.test.ts does for the pages); the PDF's
 * cover is printed from its view model.
 */
const repo = path.resolve(__dirname, '../../../..');
const {publicKey, privateKey} = generateKeyPairSync('ed25519');
const keys: SignerKeys = {'devops-lead': publicKey.export({type: 'spki', format: 'pem'}).toString()};
const signedEpoch = '1796083200';
const builtAt = '2026-12-02T00:00:00Z';
const publicBase = 'https://docs.ax.example/';

let root: string;
let empty: string;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'binder-stale-pdf-'));
  empty = mkdtempSync(path.join(tmpdir(), 'binder-stale-out-'));
  for (const dir of ['runbooks', 'docs/handoff', 'docs/labs', 'handoff', 'recordings', 'security/snapshots']) cpSync(path.join(repo, dir), path.join(root, dir), {recursive: true});
  const keyFile = path.join(root, 'key.pem');
  writeFileSync(keyFile, privateKey.export({type: 'pkcs8', format: 'pem'}).toString());
  const {io, stderr} = memoryIo({argv: ['--domain', 'operations', '--key', keyFile, '--root', root], cwd: root, env: {SOURCE_DATE_EPOCH: signedEpoch}});
  expect(await signoff(io), stderr()).toBe(0);
}, 60_000);
afterAll(() => {
  rmSync(root, {recursive: true, force: true});
  rmSync(empty, {recursive: true, force: true});
});

/** The cover's text, and the executive deck's sign-off rows, for the copy as it is now. */
async function downloadsNow(): Promise<{cover: string; deckRows: string[]}> {
  const model = printModel(await loadBinderModel({siteDir: root, moment: builtAt, commit: null, keys}), publicBase);
  const printed = await printBinderPdf({outDir: empty, baseUrl: '/', publicBase, chapters: [], model, moment: new Date(builtAt)});
  const doc = await openPdf(printed.pdf);
  const [cover] = await pageTexts(doc);
  await doc.destroy();
  const deckRows = executiveDeck(model).slides.find((s) => s.title === 'Sign-offs per domain')!.table!.rows.map((r) => r.join(' '));
  return {cover: cover!.replace(/\s+/g, ' '), deckRows};
}

describe('editing a runbook turns a signed Operations domain STALE in the PDF and the decks', () => {
  it('prints VALID right after signing', async () => {
    const {cover, deckRows} = await downloadsNow();
    expect(cover).toContain('1 of 5 domains hold a VALID sign-off; the others: 4 UNSIGNED.');
    expect(cover).toContain('Operations devops-lead VALID');
    expect(deckRows).toContain('Operations devops-lead VALID');
  }, 120_000);

  it('prints STALE after a runbook edit', async () => {
    appendFileSync(path.join(root, 'runbooks/backup-restore.mdx'), '\nOne more line.\n');
    const {cover, deckRows} = await downloadsNow();
    expect(cover).toContain('0 of 5 domains hold a VALID sign-off; the others: 4 UNSIGNED, 1 STALE.');
    expect(cover).toContain('Operations devops-lead STALE');
    expect(deckRows).toContain('Operations devops-lead STALE');
  }, 120_000);
});
