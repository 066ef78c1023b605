import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {main as explainMain} from '../../../scripts/explain';
import {main as parityMain} from '../../../scripts/errors-parity';
import {memoryIo} from '../../../scripts/lib/cli';

const root = path.resolve(__dirname, '../../..');

/** Runs a script's main in-process with captured output. */
async function run(main: typeof explainMain, argv: string[]) {
  const {io, stdoutLines, stderrLines} = memoryIo({argv, cwd: root});
  const code = await main(io);
  return {code, out: stdoutLines().join('\n'), err: stderrLines().join('\n')};
}

describe('npm run explain', () => {
  it('prints title, causes, fixes and link for an ID in any case', async () => {
    const r = await run(explainMain, ['ax1042']);
    expect(r.code).toBe(0);
    expect(r.out).toMatchInlineSnapshot(`
      "AX1042: Session expired
      Auth · fatal · active · since 2.1.0

      Message:
        The session of profile {profile} expired at {expiredAt}. Run \`ax login\` to start a new one.

      Likely causes, most likely first:
        1. Sessions last 12 hours; the last \`ax login\` was longer ago than that.
        2. An administrator revoked your sessions, for example after a password or SSO policy change.
        3. The machine clock is more than five minutes off, so a valid session looks expired.

      Fixes, in order:
        1. Start a new session.
             $ ax login
        2. Let the doctor renew the session and check the clock in one go. (CLI 2.1.0 and later)
             $ ax doctor --fix
        3. In CI, sign in with an API token instead of a browser session, so runs do not depend on a person's session.
             $ ax login --token-stdin
        4. If it happens again within minutes, check the clock: \`ax doctor --check auth\` reports the skew it measured.

      Also reported as: E_SESSION_EXPIRED, AUTH_TOKEN_EXPIRED

      More: https://docs.ax.example/errors/AX1042"
    `);
  });

  it('explains a retired ID with its replacement, and an alias', async () => {
    expect((await run(explainMain, ['AX1040'])).out).toContain('No longer emitted since v2.1.0; see AX1042.');
    expect((await run(explainMain, ['e_session_expired'])).out).toMatch(/^e_session_expired is an alias of AX1042\./);
  });

  it('names the closest matches for an unknown ID, and exits 1', async () => {
    const r = await run(explainMain, ['AX1024']);
    expect(r.code).toBe(1);
    expect(r.err).toMatchInlineSnapshot(`"Unknown error ID \`AX1024\`, expected an ID such as AX1042 or an alias. Closest matches: AX1001, AX1040, AX1042."`);
  });

  it('prints usage and exits 2 without an ID', async () => {
    const r = await run(explainMain, []);
    expect(r.code).toBe(2);
    expect(r.err).toMatchInlineSnapshot(`
      "Usage: npm run explain -- <ERROR-ID>
      Prints the catalog entry of an error ID (or alias), in any case, e.g. npm run explain -- AX1042"
    `);
  });
});

describe('npm run errors:parity', () => {
  it('passes on the shipped sample manifest', async () => {
    const r = await run(parityMain, ['--manifest', 'errors/parity/cli-emitted.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatchInlineSnapshot(`"errors/parity/cli-emitted.json: every emitted ID is documented and every active ID is emitted"`);
  });

  it('reports undocumented, never-emitted and retired-but-emitted IDs, and exits 1', async () => {
    const r = await run(parityMain, ['--manifest', 'src/error-catalog/__tests__/__fixtures__/drifted.json']);
    expect(r.code).toBe(1);
    // The drifted manifest emits almost nothing, so nearly every active ID is never emitted: count those.
    const lines = r.err.split('\n');
    const neverEmitted = lines.filter((l) => l.includes('documented as active but never emitted'));
    expect(neverEmitted.length).toBeGreaterThan(40);
    expect(neverEmitted[0]).toMatchInlineSnapshot(`"src/error-catalog/__tests__/__fixtures__/drifted.json: AX1001 is documented as active but never emitted; expected it in the manifest, or retiredIn on the entry (Not signed in)"`);
    expect(lines.filter((l) => !neverEmitted.includes(l))).toMatchInlineSnapshot(`
      [
        "src/error-catalog/__tests__/__fixtures__/drifted.json: AX1999 is emitted but undocumented; expected an entry in errors/catalog",
        "src/error-catalog/__tests__/__fixtures__/drifted.json: E_SESSION_EXPIRED is emitted but undocumented (alias of AX1042: emit the ID itself); expected an entry in errors/catalog",
        "src/error-catalog/__tests__/__fixtures__/drifted.json: AX1040 was retired in 2.1.0 but is still emitted; expected AX1042 instead",
      ]
    `);
  });

  it('exits 2 on a missing or malformed manifest', async () => {
    const none = await run(parityMain, []);
    expect([none.code, none.err]).toMatchInlineSnapshot(`
      [
        2,
        "Usage: npm run errors:parity -- --manifest <file.json>",
      ]
    `);
    const malformed = await run(parityMain, ['--manifest', 'errors/frequency-snapshot.json']);
    expect([malformed.code, malformed.err]).toMatchInlineSnapshot(`
      [
        2,
        "errors/frequency-snapshot.json: Unexpected missing field "product", expected a string
      errors/frequency-snapshot.json: Unexpected missing field "version", expected a string
      errors/frequency-snapshot.json: Unexpected missing field "emitted", expected a list",
      ]
    `);
  });
});
