import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {memoryIo} from '../../lib/cli';
import {main} from '../check';

const root = path.resolve(__dirname, '../../..');
const planted = path.relative(root, path.join(__dirname, '__fixtures__/planted'));

// The fresh-SBOM drift step runs cyclonedx-npm (~20 s); npm test runs it through `npm run security:check`.
describe('npm run security:check', () => {
  it('passes on the site as committed, with its one advisory under a VEX exception', async () => {
    const {io, stdoutLines} = memoryIo({argv: ['--no-fresh-sbom', '--now', '2026-12-01T12:00:00Z'], cwd: root});
    expect(await main(io)).toBe(0);
    expect(stdoutLines().at(-1)).toMatch(/advisories, 1 match\(es\), 1 excepted; open critical: 0\. 0 error\(s\)/);
  }, 60_000);

  it('fails on a planted critical advisory older than 24 hours, naming package, advisory and age', async () => {
    const {io, stdoutLines} = memoryIo({argv: ['--no-fresh-sbom', '--now', '2026-12-01T12:00:00Z', '--advisories', planted], cwd: root});
    expect(await main(io)).toBe(1);
    expect(stdoutLines().filter((l) => l.includes(' error '))).toMatchInlineSnapshot(`
      [
        "scripts/security/__tests__/__fixtures__/planted/AXSIM-PLANTED.json:1:1 error Unexpected critical advisory AXSIM-PLANTED-0001 (CVE-2099-4242) against react 19.3.1, open for 78 hours, expected it fixed or excepted within 24 hours (fires CriticalCveDetected): upgrade to 99.0.0 or later (security/vulnerability)",
      ]
    `);
  }, 60_000);

  it('rejects a --now that is not a date', async () => {
    const {io, stderr} = memoryIo({argv: ['--now', 'yesterday'], cwd: root});
    expect(await main(io)).toBe(2);
    expect(stderr()).toMatchInlineSnapshot(`
      "Unexpected --now "yesterday", expected an ISO datetime such as 2026-12-01T12:00:00Z
      "
    `);
  });
});
