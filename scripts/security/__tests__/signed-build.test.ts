import {createHash} from 'node:crypto';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {memoryIo} from '../../lib/cli';
import {main as recover} from '../recover';
import {main as seal} from '../seal';
import {main as verify} from '../verify';

const keys = path.join(__dirname, '__fixtures__/keys');
const privateKey = readFileSync(path.join(keys, 'test-signing-key.pem'), 'utf8');
const publicKeyFile = path.join(keys, 'test-signing-key.pub.pem');
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, {recursive: true, force: true})));

/** A small built site: pages, a nested asset, the SBOM and the dashboard data. */
function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ax-seal-'));
  temps.push(dir);
  const files: Record<string, string> = {'index.html': '<h1>ax</h1>', 'assets/js/main.1a2b.js': 'console.log(1)', 'security/sbom.cdx.json': '{}', 'security/feed.json': '{"items":[]}', 'docs/a b.html': 'space'};
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), {recursive: true});
    writeFileSync(path.join(dir, f), text);
  }
  return dir;
}
const run = async (cli: typeof seal, argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const m = memoryIo({argv, env, cwd: '/'});
  return {code: await cli(m.io), out: m.stdout()};
};

describe('SHA256SUMS, its signature, verify and recover', () => {
  it('writes sha256sum -c sums, the same on every run over the same input', async () => {
    const dir = site();
    expect((await run(seal, [dir], {AX_SIGNING_KEY: privateKey})).code).toBe(0);
    const first = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8');
    const firstSig = readFileSync(path.join(dir, 'SHA256SUMS.sig'), 'utf8');
    await run(seal, [dir], {AX_SIGNING_KEY: privateKey});
    expect(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8')).toBe(first);
    expect(readFileSync(path.join(dir, 'SHA256SUMS.sig'), 'utf8')).toBe(firstSig); // Ed25519 signatures are deterministic
    expect(first.split('\n').map((l) => l.slice(66))).toEqual(['assets/js/main.1a2b.js', 'docs/a b.html', 'index.html', 'security/feed.json', 'security/sbom.cdx.json', '']);
    expect(first).toContain(`${createHash('sha256').update('<h1>ax</h1>').digest('hex')}  index.html\n`);
  });

  it('verifies a sealed build, and names a tampered, missing or added file', async () => {
    const dir = site();
    await run(seal, [dir], {AX_SIGNING_KEY: privateKey});
    expect(await run(verify, [dir, '--public-key', publicKeyFile])).toMatchObject({code: 0});
    writeFileSync(path.join(dir, 'index.html'), '<h1>tampered</h1>');
    rmSync(path.join(dir, 'security/feed.json'));
    writeFileSync(path.join(dir, 'extra.js'), 'x');
    const bad = await run(verify, [dir, '--public-key', publicKeyFile]);
    expect(bad.code).toBe(1);
    expect(bad.out.replace(/key [0-9a-f]{16}/, 'key <fingerprint>')).toMatchInlineSnapshot(`
      "missing: security/feed.json
      changed: index.html
      not in SHA256SUMS: extra.js
      5 files listed: 1 missing, 1 changed, 1 unlisted; signature valid (Ed25519, key <fingerprint>…)
      "
    `);
  });

  it('rejects a signature made with another key, and an unsigned build unless allowed', async () => {
    const dir = site();
    await run(seal, [dir], {AX_SIGNING_KEY: privateKey});
    writeFileSync(path.join(dir, 'SHA256SUMS'), readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').replace('index.html', 'index.htm'));
    expect((await run(verify, [dir, '--public-key', publicKeyFile])).code).toBe(1);
    const unsigned = site();
    expect((await run(seal, [unsigned])).out).toMatchInlineSnapshot(`
      "SHA256SUMS: 5 files. UNSIGNED: AX_SIGNING_KEY is not set, so no SHA256SUMS.sig was written.
      "
    `);
    expect((await run(verify, [unsigned])).code).toBe(1);
    expect((await run(verify, [unsigned, '--allow-unsigned'])).code).toBe(0);
  });

  it('recovers a damaged build from a known-good one, and refuses a known-good copy that is not', async () => {
    const good = site();
    await run(seal, [good], {AX_SIGNING_KEY: privateKey});
    const damaged = mkdtempSync(path.join(tmpdir(), 'ax-damaged-'));
    temps.push(damaged);
    cpSync(good, damaged, {recursive: true});
    writeFileSync(path.join(damaged, 'index.html'), 'half-written');
    rmSync(path.join(damaged, 'security'), {recursive: true});
    writeFileSync(path.join(damaged, 'leftover.tmp'), 'x');
    const restored = await run(recover, [damaged, '--from', good, '--public-key', publicKeyFile]);
    expect(restored.out.replace(damaged, '<target>')).toMatchInlineSnapshot(`
      "Restored <target>: 2 missing and 1 changed file(s) copied, 1 unlisted file(s) removed; 5 files now match SHA256SUMS.
      "
    `);
    expect(await run(verify, [damaged, '--public-key', publicKeyFile])).toMatchObject({code: 0});
    writeFileSync(path.join(good, 'index.html'), 'tampered');
    expect((await run(recover, [damaged, '--from', good])).code).toBe(1);
  });
});
