import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {affects, matchVulnerabilities, openCount, parsePurl} from '../match';
import {osvAdvisorySchema, type AdvisoryException} from '../osv';
import {securityPolicy} from '../policy';
import {dpkgCompare} from '../versions';
import {vulnerabilityFindings} from '../vulnerability-findings';

const dir = path.join(__dirname, '__fixtures__/advisories');
const advisories = readdirSync(dir).sort().map((f) => osvAdvisorySchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
const now = '2026-12-01T12:00:00Z';
const purls = [
  'pkg:npm/react@19.2.0',
  'pkg:npm/%40docusaurus/core@3.10.2',
  'pkg:cargo/hyper@1.3.0',
  'pkg:cargo/hyper@1.4.1',
  'pkg:cargo/hyper@0.14.29',
  'pkg:deb/debian/openssl@3.0.14-1~deb12u2?arch=amd64&distro=debian-12',
  'pkg:deb/debian/openssl@3.0.15-1~deb12u1?arch=amd64&distro=debian-12',
];
const row = (m: ReturnType<typeof matchVulnerabilities>[number]) => `${m.status} ${m.severity} ${m.advisory} ${m.package}@${m.version} fixed=${m.fixed ?? '-'} age=${m.ageHours}h late=${m.late}${m.exception ? ` exception=${m.exception.type}${m.exception.expired ? ' (expired)' : ''}` : ''}`;

describe('the vulnerability matcher', () => {
  it('matches npm, cargo and Debian purls by their own version order', () => {
    expect(matchVulnerabilities(purls, advisories, [], securityPolicy, now).map(row)).toMatchInlineSnapshot(`
      [
        "open high AXSIM-TEST-0002 hyper@0.14.29 fixed=0.14.30 age=276h late=true",
        "open high AXSIM-TEST-0002 hyper@1.3.0 fixed=1.4.1 age=276h late=true",
        "open critical AXSIM-TEST-0003 openssl@3.0.14-1~deb12u2 fixed=3.0.15-1~deb12u1 age=24h late=false",
        "open critical AXSIM-TEST-0001 react@19.2.0 fixed=19.9.9 age=75h late=true",
      ]
    `);
  });

  it('applies exceptions: a valid VEX not_affected silences, an expired ignore-until does not', () => {
    const exceptions: AdvisoryException[] = [
      {id: 'CVE-2099-0001', package: 'pkg:npm/react', type: 'vex', state: 'not_affected', justification: 'code_not_reachable', reason: 'The site renders no user-supplied props through the affected API.', expires: '2026-12-31'},
      {id: 'AXSIM-TEST-0003', package: 'pkg:deb/debian/openssl', type: 'ignore-until', ignoreUntil: '2026-11-30', reason: 'Waiting for the Debian point release.'},
    ];
    const matches = matchVulnerabilities(purls, advisories, exceptions, securityPolicy, now);
    expect(matches.map(row)).toMatchInlineSnapshot(`
      [
        "open high AXSIM-TEST-0002 hyper@0.14.29 fixed=0.14.30 age=276h late=true",
        "open high AXSIM-TEST-0002 hyper@1.3.0 fixed=1.4.1 age=276h late=true",
        "open critical AXSIM-TEST-0003 openssl@3.0.14-1~deb12u2 fixed=3.0.15-1~deb12u1 age=24h late=false exception=ignore-until (expired)",
        "excepted critical AXSIM-TEST-0001 react@19.2.0 fixed=19.9.9 age=75h late=false exception=vex",
      ]
    `);
    expect(openCount(matches, 'critical')).toBe(1);
    expect(vulnerabilityFindings(matches, securityPolicy, 'security/advisories').map((f) => `${f.severity} ${f.ruleId}: ${f.message}`)).toMatchInlineSnapshot(`
      [
        "warn security/vulnerability: Unexpected high advisory AXSIM-TEST-0002 against hyper 0.14.29, open for 276 hours, expected it fixed or excepted within 7 days: upgrade to 0.14.30 or later",
        "warn security/vulnerability: Unexpected high advisory AXSIM-TEST-0002 against hyper 1.3.0, open for 276 hours, expected it fixed or excepted within 7 days: upgrade to 1.4.1 or later",
        "warn security/exception-expired: Unexpected expired exception (ignore-until, expired 2026-11-30) for AXSIM-TEST-0003 on openssl, expected a renewed exception or a fix",
        "warn security/vulnerability: Unexpected critical advisory AXSIM-TEST-0003 against openssl 3.0.14-1~deb12u2, open for 24 hours, expected it fixed or excepted within 24 hours: upgrade to 3.0.15-1~deb12u1 or later",
      ]
    `);
  });

  it('fails CI for a critical finding past its SLA, naming package, advisory and age', () => {
    const findings = vulnerabilityFindings(matchVulnerabilities(['pkg:npm/react@19.2.0'], advisories, [], securityPolicy, now), securityPolicy, 'security/advisories');
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.message)).toMatchInlineSnapshot(`
      [
        "Unexpected critical advisory AXSIM-TEST-0001 (CVE-2099-0001) against react 19.2.0, open for 75 hours, expected it fixed or excepted within 24 hours (fires CriticalCveDetected): upgrade to 19.9.9 or later",
      ]
    `);
    // The same advisory 20 hours after publication is open but not yet late: a warning.
    const early = vulnerabilityFindings(matchVulnerabilities(['pkg:npm/react@19.2.0'], advisories, [], securityPolicy, '2026-11-29T05:00:00Z'), securityPolicy, 'x');
    expect(early.map((f) => f.severity)).toEqual(['warn']);
  });

  it('orders Debian versions as dpkg does, and parses purls', () => {
    expect([dpkgCompare('1.0~rc1', '1.0'), dpkgCompare('1:0.9', '2.0'), dpkgCompare('3.0.14-1~deb12u2', '3.0.15-1~deb12u1'), dpkgCompare('1.0a', '1.0')].map(Math.sign)).toEqual([-1, 1, -1, 1]);
    expect(parsePurl('pkg:npm/%40docusaurus/core@3.10.2')).toEqual({type: 'npm', name: '@docusaurus/core', version: '3.10.2'});
    expect(affects({package: {ecosystem: 'npm', name: 'x'}, ranges: [{type: 'SEMVER', events: [{introduced: '1.0.0'}, {last_affected: '1.2.0'}]}]}, 'semver', '1.2.0').affected).toBe(true);
  });

  it('rejects an advisory without a severity, in the house wording', () => {
    const {database_specific: _drop, ...bad} = JSON.parse(readFileSync(path.join(dir, 'npm-critical.json'), 'utf8')) as Record<string, unknown>;
    const parsed = osvAdvisorySchema.safeParse(bad);
    expect(parsed.success).toBe(false);
  });
});
