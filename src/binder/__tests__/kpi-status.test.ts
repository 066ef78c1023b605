import {describe, expect, it} from 'vitest';
import {kpis} from '../../../handoff/kpis';
import {kpiSchema, type Kpi, type KpiInput, type Measurement} from '../kpi-schema';
import {kpiStatus, kpiTrend, scoreKpis} from '../kpi-status';

const today = '2026-12-01';
const kpi = (over: Partial<KpiInput> = {}): Kpi =>
  kpiSchema.parse({id: 'wad', name: 'WAD', unit: 'count', direction: 'higher-is-better', target: 200, atRisk: 150, owner: 'product', source: 'analytics-snapshot', definition: 'd', freshnessDays: 14, ...over});
const mttr = kpi({unit: 'hours', direction: 'lower-is-better', target: 24, atRisk: 48, source: 'security-snapshots'});
const m = (value: number | null, asOf = today, previous?: number | null): Measurement => ({value, asOf, previous});

describe('kpiStatus', () => {
  it.each([
    ['higher: at target', kpi(), m(200), 'On track'],
    ['higher: above target', kpi(), m(250), 'On track'],
    ['higher: between threshold and target', kpi(), m(170), 'At risk'],
    ['higher: at threshold', kpi(), m(150), 'At risk'],
    ['higher: below threshold', kpi(), m(149), 'Off track'],
    ['lower: under target', mttr, m(5), 'On track'],
    ['lower: at target', mttr, m(24), 'On track'],
    ['lower: between target and threshold', mttr, m(30), 'At risk'],
    ['lower: past threshold', mttr, m(49), 'Off track'],
    ['no measurement', kpi(), undefined, 'No data'],
    ['source holds no value', kpi(), m(null), 'No data'],
    ['no source, even with a measurement', kpi({source: 'none'}), m(500), 'No data'],
    ['last day of the freshness window', kpi(), m(250, '2026-11-17'), 'On track'],
    ['older than the freshness window', kpi(), m(250, '2026-11-16'), 'Stale'],
  ] as const)('%s → %s', (_, k, measurement, expected) => {
    expect(kpiStatus(k, measurement, today)).toBe(expected);
  });
});

describe('kpiTrend reads the direction', () => {
  it.each([
    ['higher rose', kpi(), m(210, today, 200), 'better'],
    ['higher fell', kpi(), m(190, today, 200), 'worse'],
    ['lower fell (MTTR down)', mttr, m(10, today, 20), 'better'],
    ['lower rose', mttr, m(30, today, 20), 'worse'],
    ['same', kpi(), m(200, today, 200), 'unchanged'],
    ['no previous', kpi(), m(200), 'no trend'],
    ['previous null', kpi(), m(200, today, null), 'no trend'],
  ] as const)('%s → %s', (_, k, measurement, expected) => {
    expect(kpiTrend(k, measurement)).toBe(expected);
  });
});

describe('scoreKpis', () => {
  it('shows a value only when fresh and sourced', () => {
    const results = scoreKpis([kpi(), kpi({id: 'old'}), kpi({id: 'none', source: 'none'})], {wad: m(210, today, 200), old: m(300, '2026-01-01', 1), none: m(9)}, today);
    expect(results.map((r) => [r.kpi.id, r.status, r.value, r.trend])).toEqual([
      ['wad', 'On track', 210, 'better'],
      ['old', 'Stale', null, 'no trend'],
      ['none', 'No data', null, 'no trend'],
    ]);
  });

  it('rejects an at-risk threshold on the good side of the target', () => {
    expect(() => kpi({atRisk: 250})).toThrow(/at-risk threshold/);
  });
});

describe('the KPI registry', () => {
  it('holds the ten PRD §7 metrics, and the ones without a source say so', () => {
    expect(kpis).toHaveLength(10);
    expect(kpis.filter((k) => k.source === 'none').map((k) => k.id)).toEqual(['community-plugins', 'uptime', 'stakeholders-trained']);
  });

  it('shows No data for every KPI when no source has data', () => {
    expect(new Set(scoreKpis(kpis, {}, today).map((r) => r.status))).toEqual(new Set(['No data']));
  });
});
