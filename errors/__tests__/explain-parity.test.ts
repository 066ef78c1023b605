import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {main as explainMain} from '../../scripts/explain';
import {main as parityMain} from '../../scripts/errors-parity';

function capture(run: (io: {stdout: (s: string) => void; stderr: (s: string) => void}) => number) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run({stdout: (s) => out.push(s), stderr: (s) => err.push(s)});
  return {code, out: out.join('\n'), err: err.join('\n')};
}

const root = path.resolve(__dirname, '../..');

describe('npm run explain', () => {
  it('prints title, causes, fixes and link for an ID in any case', () => {
    const r = capture((io) => explainMain({argv: ['ax1042'], env: {}, ...io}));
    expect(r.code).toBe(0);
    expect(r.out).toContain('AX1042: Session expired');
    expect(r.out).toContain('Likely causes, most likely first:\n  1. Sessions last 12 hours');
    expect(r.out).toContain('$ ax login');
    expect(r.out).toContain('(CLI 2.1.0 and later)');
    expect(r.out).toContain('More: https://docs.ax.example/errors/AX1042');
  });

  it('explains a retired ID with its replacement, and an alias', () => {
    expect(capture((io) => explainMain({argv: ['AX1040'], env: {}, ...io})).out).toContain('No longer emitted since v2.1.0; see AX1042.');
    expect(capture((io) => explainMain({argv: ['e_session_expired'], env: {}, ...io})).out).toMatch(/^e_session_expired is an alias of AX1042\./);
  });

  it('names the closest matches for an unknown ID', () => {
    const r = capture((io) => explainMain({argv: ['AX1024'], env: {}, ...io}));
    expect(r.code).toBe(1);
    expect(r.err).toMatchInlineSnapshot(`"Unknown error ID \`AX1024\`, expected an ID such as AX1042 or an alias. Closest matches: AX1001, AX1040, AX1042."`);
  });

  it('prints usage without an ID', () => {
    expect(capture((io) => explainMain({argv: [], env: {}, ...io})).code).toBe(2);
  });
});

describe('npm run errors:parity', () => {
  it('passes on the shipped sample manifest', () => {
    const r = capture((io) => parityMain({argv: ['--manifest', 'errors/parity/cli-emitted.json'], cwd: root, ...io}));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('reports undocumented, never-emitted and retired-but-emitted IDs, and exits 1', () => {
    const r = capture((io) => parityMain({argv: ['--manifest', 'errors/__tests__/__fixtures__/parity/drifted.json'], cwd: root, ...io}));
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines.filter((l) => l.includes('emitted but undocumented'))).toEqual([
      'errors/__tests__/__fixtures__/parity/drifted.json: AX1999 is emitted but undocumented; expected an entry in errors/catalog',
      'errors/__tests__/__fixtures__/parity/drifted.json: E_SESSION_EXPIRED is emitted but undocumented (alias of AX1042: emit the ID itself); expected an entry in errors/catalog',
    ]);
    expect(lines.filter((l) => l.includes('still emitted'))).toEqual(['errors/__tests__/__fixtures__/parity/drifted.json: AX1040 was retired in 2.1.0 but is still emitted; expected AX1042 instead']);
    expect(lines.some((l) => l.includes('AX2003 is documented as active but never emitted'))).toBe(true);
  });

  it('exits 2 on a missing or malformed manifest', () => {
    expect(capture((io) => parityMain({argv: [], cwd: root, ...io})).code).toBe(2);
    expect(capture((io) => parityMain({argv: ['--manifest', 'errors/frequency-snapshot.json'], cwd: root, ...io})).code).toBe(2);
  });
});
