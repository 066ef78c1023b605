import {describe, expect, it} from 'vitest';
import type {Snapshot} from '../../analytics/schema/snapshot';
import type {SecurityDashboard} from '../../security/dashboard';
import {analyticsMeasurements, parseJunit, securityMeasurements, testMeasurements} from '../kpi-measurements';

const week = (week: string, activeDevelopers: number, searchConversion: number | null, partial = false) => ({week, start: '2026-11-02', partial, activeDevelopers, installs: 0, searches: 0, searchConversion});

describe('analyticsMeasurements', () => {
  const snapshot = {
    asOf: '2026-11-30T10:00:00Z',
    weeks: [week('2026-W45', 100, 0.2), week('2026-W46', 180, 0.22), week('2026-W47', 210, 0.25), week('2026-W48', 20, 0.9, true)],
    templates: {archetypes: [], templateAdoption: 0.6},
    labs: [
      {lab: 'a', started: 10, completed: 8, completionRate: 0.8},
      {lab: 'b', started: 10, completed: 4, completionRate: 0.4},
    ],
    helpfulness: {overall: null, responses: 0, pages: []},
  } as unknown as Snapshot;

  it('reads the last complete week, never the partial one', () => {
    const got = analyticsMeasurements(snapshot);
    expect(got['weekly-active-developers']).toEqual({value: 210, previous: 180, asOf: '2026-11-30'});
    expect(got['search-conversion-change']!.value).toBeCloseTo(0.25);
    expect(got['search-conversion-change']!.previous).toBeCloseTo(0.1);
    expect(got['lab-completion']!.value).toBeCloseTo(0.6);
    expect(got['template-adoption']!.value).toBe(0.6);
    expect(got.helpfulness!.value).toBeNull();
  });
});

describe('securityMeasurements', () => {
  const finding = (severity: string, status: string, ageHours: number) => ({severity, status, ageHours});
  const dashboard = (openTotals: object | null, findings: object[]) =>
    ({asOf: {newest: '2026-12-01T05:00:00Z', oldest: '2026-11-30T05:00:00Z'}, openTotals, scans: [{findings}]}) as unknown as SecurityDashboard;

  it.each([
    ['oldest open critical', {}, [finding('critical', 'open', 9), finding('critical', 'open', 30), finding('high', 'open', 99), finding('critical', 'excepted', 500)], 30],
    ['none open', {}, [finding('high', 'open', 99)], 0],
    ['a stale scan cannot attest', null, [], null],
  ] as const)('%s', (_, totals, findings, value) => {
    expect(securityMeasurements(dashboard(totals, [...findings]))['critical-response-hours']).toEqual({value, asOf: '2026-11-30'});
  });
});

describe('JUnit evidence', () => {
  it('sums the leaf suites and dates them', () => {
    const xml = `<testsuites><testsuite name="a" tests="10" failures="1" errors="0" skipped="2" timestamp="2026-11-29T10:00:00"></testsuite><testsuite name="b" tests="5" failures="0" errors="1" skipped="0" timestamp="2026-11-30T10:00:00"></testsuite></testsuites>`;
    expect(parseJunit(xml)).toEqual({tests: 15, failures: 1, errors: 1, skipped: 2, asOf: '2026-11-30'});
    expect(testMeasurements(parseJunit(xml))['tests-passing']!.value).toBeCloseTo(11 / 13);
  });

  it('gives no measurement for an undated report', () => {
    expect(testMeasurements(parseJunit('<testsuite tests="3"></testsuite>'))).toEqual({});
  });
});
