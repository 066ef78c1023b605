import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {securityDashboard} from '../dashboard';
import {atomFeed} from '../feeds';
import {versionsBehind, libyear} from '../freshness';
import {securityPolicy} from '../policy';
import {snapshotSchema} from '../snapshot-schema';

const dir = path.resolve(__dirname, '../../../security/snapshots');
const snapshots = readdirSync(dir).sort().map((f) => snapshotSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
const names = {cli: 'ax CLI', runtime: 'Plugin runtime', marketplace: 'Plugin marketplace'};
const dash = securityDashboard(snapshots, securityPolicy, '2026-12-01T12:00:00Z', names);

describe('the security dashboard', () => {
  it('shows a gap, not 0, for a required scan that did not run, and a stale scan as such', () => {
    expect(dash.coverage.cells.filter((c) => c.state !== 'not-required').map((c) => `${c.component}×${c.ecosystem}: ${c.state}`)).toMatchInlineSnapshot(`
      [
        "cli×npm: scanned",
        "marketplace×npm: gap",
        "marketplace×docker: scanned",
        "runtime×crates: scanned",
        "runtime×docker: gap",
        "runtime×runtime: stale",
      ]
    `);
    expect(dash.openTotals).toBeNull(); // one scan is stale, so no total can be attested
    expect(dash.scans.find((s) => s.ecosystem === 'runtime')!.open).toBeNull();
  });

  it('fires the typed alerts for a critical past its SLA and for drift', () => {
    expect(dash.alerts.map((a) => `${a.name} ${a.firing ? 'FIRING' : 'quiet'}: ${a.causes.join(' | ')}`)).toMatchInlineSnapshot(`
      [
        "CriticalCveDetected FIRING: Plugin marketplace (docker): AXSIM-2026-0301 against openssl 3.0.14-1~deb12u2, open 45 h at the scan, SLA 24 h",
        "SbomDriftDetected FIRING: ax CLI (npm): 2 change(s) since the previous scan | Plugin marketplace (docker): 1 change(s) since the previous scan | Plugin runtime (crates): 2 change(s) since the previous scan",
      ]
    `);
  });

  it('counts drift by class and shows libyear only where the snapshot names its date source', () => {
    expect(dash.scans.map((s) => `${s.component}/${s.ecosystem} ${JSON.stringify(s.driftCounts)} libyear=${s.freshness.map((f) => f.libyear ?? '-').join(',')}`)).toMatchInlineSnapshot(`
      [
        "cli/npm {"added":0,"removed":1,"version-bump":1,"licence-change":0,"hash-change":0} libyear=2.03,0.71,0.91,0.63,0",
        "marketplace/docker {"added":1,"removed":0,"version-bump":0,"licence-change":0,"hash-change":0} libyear=-,-,-",
        "runtime/crates {"added":0,"removed":0,"version-bump":0,"licence-change":1,"hash-change":1} libyear=-,-,-,-,-",
        "runtime/runtime {"added":0,"removed":0,"version-bump":0,"licence-change":0,"hash-change":0} libyear=-,-",
      ]
    `);
  });

  it('judges versions behind per scheme', () => {
    expect([versionsBehind('12.1.0', '14.0.0', 'npm'), versionsBehind('1.38.0', '1.42.0', 'cargo'), versionsBehind('2.36-9+deb12u7', '2.36-9+deb12u9', 'deb')]).toEqual([
      {major: 2, minor: 0, patch: 0},
      {major: 0, minor: 4, patch: 0},
      {major: 0, minor: 0, patch: 1},
    ]);
    expect([libyear('2024-05-20', '2026-06-02'), libyear(undefined, '2026-06-02')]).toEqual([2.03, null]);
  });

  it('dates the Atom feed from the newest scan, not the build', () => {
    const atom = atomFeed(dash, 'https://docs.example', {page: '/p', feed: '/f'});
    expect(atom).toContain('<updated>2026-12-01T05:10:00Z</updated>');
    expect(atom).not.toContain('2026-12-01T12:00');
    expect(atom.match(/<entry>/g)).toHaveLength(dash.scans.reduce((n, s) => n + s.findings.length, 0));
  });
});
