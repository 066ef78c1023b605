import {generateKeyPairSync} from 'node:crypto';
import {appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {signoffStates, type SignerKeys} from '../../src/binder/signoff-states';
import {runRules} from '../../src/checks/rule';
import {binderSignoffRule} from '../../src/checks/rules/binder';
import {memoryIo} from '../lib/cli';
import {main} from '../signoff';

const repo = path.resolve(__dirname, '../..');
/** Fixture keys, made per run: no private key is ever committed. */
const fixtureKey = () => {
  const {publicKey, privateKey} = generateKeyPairSync('ed25519');
  return {pub: publicKey.export({type: 'spki', format: 'pem'}).toString(), priv: privateKey.export({type: 'pkcs8', format: 'pem'}).toString()};
};
const devops = fixtureKey();
const stranger = fixtureKey();
const keys: SignerKeys = {'devops-lead': devops.pub};
// 2026-12-01T00:00:00Z
const epoch = '1796083200';
const dayAfter = '2026-12-02T00:00:00Z';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'signoff-'));
  for (const dir of ['runbooks', 'docs/handoff', 'handoff']) cpSync(path.join(repo, dir), path.join(root, dir), {recursive: true});
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

async function signOperations(privateKey: string, extra: string[] = []) {
  const keyFile = path.join(root, 'key.pem');
  writeFileSync(keyFile, privateKey);
  const {io, stdout, stderr} = memoryIo({argv: ['--domain', 'operations', '--key', keyFile, '--root', root, ...extra], cwd: root, env: {SOURCE_DATE_EPOCH: epoch}});
  const code = await main(io);
  return {code, stdout: stdout(), stderr: stderr()};
}
const stateOf = (now = dayAfter, k = keys) => Object.fromEntries(signoffStates(root, now, k).map((d) => [d.domain, d.state]));

describe('handoff sign-offs', () => {
  it('the repo ships no signature: every domain is UNSIGNED', () => {
    expect(new Set(signoffStates(repo, dayAfter).map((d) => d.state))).toEqual(new Set(['UNSIGNED']));
  });

  it('a fresh sign-off is VALID, and only its domain is signed', async () => {
    const r = await signOperations(devops.priv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Signed operations as devops-lead: \d+ files, sha256 [0-9a-f]{64}, expires 2027-03-01T00:00:00Z → handoff\/signoffs\/operations.json\n$/);
    expect(stateOf()).toEqual({engineering: 'UNSIGNED', product: 'UNSIGNED', operations: 'VALID', support: 'UNSIGNED', community: 'UNSIGNED'});
  });

  it.each([
    ['an in-scope edit (a runbook) makes it STALE', 'runbooks/backup-restore.mdx', 'STALE'],
    ['an out-of-scope edit leaves it VALID', 'docs/handoff/index.md', 'VALID'],
  ] as const)('%s', async (_, file, state) => {
    await signOperations(devops.priv);
    appendFileSync(path.join(root, file), '\nOne more line.\n');
    expect(stateOf().operations).toBe(state);
  });

  it('CRLF line endings do not change the hash', async () => {
    await signOperations(devops.priv);
    const file = path.join(root, 'runbooks/backup-restore.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    expect(stateOf().operations).toBe('VALID');
  });

  it('is EXPIRED after its expiry, whatever the sources', async () => {
    await signOperations(devops.priv, ['--days', '30']);
    expect(stateOf('2026-12-31T00:00:00Z').operations).toBe('EXPIRED');
    expect(stateOf('2026-12-30T23:59:59Z').operations).toBe('VALID');
  });

  it('rejects a signature by another key, and a record edited after signing', async () => {
    await signOperations(stranger.priv);
    expect(signoffStates(root, dayAfter, keys).find((d) => d.domain === 'operations')!.reason).toMatchInlineSnapshot(`"Unexpected signature that does not verify with devops-lead's public key, expected a signature of this record by that key"`);
    await signOperations(devops.priv);
    const file = path.join(root, 'handoff/signoffs/operations.json');
    const record = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({...record, expiresAt: '2099-01-01T00:00:00Z'}));
    expect(stateOf().operations).toBe('INVALID');
  });

  it('cannot verify while the signer registry lists no key for the role', async () => {
    await signOperations(devops.priv);
    expect(stateOf(dayAfter, {}).operations).toBe('INVALID');
  });
});

describe('binder/signoff rule', () => {
  const run = (at: string) => runRules([binderSignoffRule], {root: at, today: '2026-12-02', pages: []});

  it('finds nothing in the repo: UNSIGNED is honest, not a fault', async () => {
    expect(await run(repo)).toEqual([]);
  });

  it('reports a recorded sign-off the registry keys cannot verify', async () => {
    await signOperations(devops.priv);
    expect((await run(root)).map((f) => `${f.file}:${f.line} ${f.severity} ${f.message}`)).toMatchInlineSnapshot(`
      [
        "handoff/signoffs/operations.json:1 error Unexpected sign-off by "devops-lead", expected a signer with a public key in the signer registry",
      ]
    `);
  });
});

describe('npm run signoff arguments', () => {
  const usageError = async (argv: string[]) => {
    const {io, stderr} = memoryIo({argv, cwd: root});
    return {code: await main(io), first: stderr().split('\n')[0]};
  };

  it('names the domains when --domain is unknown', async () => {
    expect(await usageError(['--domain', 'ops', '--key', 'k.pem'])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "first": "Unexpected --domain "ops", expected one of: engineering, product, operations, support, community",
      }
    `);
  });

  it('asks for a key', async () => {
    expect(await usageError(['--domain', 'operations'])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "first": "Unexpected arguments (--key "", --decision "approved", --days "90"), expected a key file, a decision and a whole number of days",
      }
    `);
  });
});
