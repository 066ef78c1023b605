import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {binderRoutes} from '../../routes/generated-routes';
import {kpiSchema, type Kpi, type KpiInput} from '../kpi-schema';
import {scoreKpis} from '../kpi-status';
import {judgeReadiness, type ReadinessItem} from '../readiness';
import type {DomainSignoff} from '../signoff-states';
import {binderChapters} from '../views/chapters';
import {formatKpiFigure, kpiValueText} from '../views/format';
import {kpiRow, kpiScorecardView, readinessView, signoffsView} from '../views/status-views';
import {executiveSummaryView} from '../views/summary';
import {maintenanceSecurityView} from '../views/training-views';
import type {OperationsView, TrainingView} from '../views/types';

const today = '2026-12-01';
const kpi = (over: Partial<KpiInput> = {}): Kpi =>
  kpiSchema.parse({id: 'wad', name: 'Weekly active developers', unit: 'count', direction: 'higher-is-better', target: 200, atRisk: 150, owner: 'product', source: 'analytics-snapshot', definition: 'd', freshnessDays: 14, ...over});
const mttr = kpi({id: 'mttr', name: 'Critical response', unit: 'hours', direction: 'lower-is-better', target: 24, atRisk: 48, source: 'security-snapshots'});

describe('binder chapters', () => {
  it('are in reading order, each with its route below the binder', () => {
    expect(binderChapters.map((c) => `${c.route} ${c.title}`)).toMatchInlineSnapshot(`
      [
        "/docs/handoff/executive-summary Executive summary",
        "/docs/handoff/architecture Architecture",
        "/docs/handoff/kpi-scorecard KPI scorecard",
        "/docs/handoff/support-model Support model",
        "/docs/handoff/operations Operations",
        "/docs/handoff/training Training",
        "/docs/handoff/maintenance-security Maintenance and security",
        "/docs/handoff/readiness Readiness",
        "/docs/handoff/sign-offs Sign-offs",
        "/docs/handoff/evidence Evidence",
      ]
    `);
  });
});

describe('the checks know the binder routes', () => {
  it.each([
    ['a tree with the KPI registry: the chapters and the downloads', path.resolve(__dirname, '../../..'), 17],
    ['a tree without one: none', __dirname, 0],
  ])('%s', (_, root, count) => {
    const known = binderRoutes(root);
    expect(known).toHaveLength(count);
    if (count) expect(known).toEqual(expect.arrayContaining(['/docs/handoff/sign-offs', '/handoff/ax-v2-handoff-binder.pdf', '/handoff/ax-v2-training-deck.pptx']));
  });
});

describe('KPI figures', () => {
  it.each([
    ['count', 212, '212'],
    ['count', 3123, '3,123'],
    ['count', 1234567.4, '1,234,567'],
    ['ratio', 0.6216, '62.2%'],
    ['ratio', 1, '100%'],
    ['change', 0.299, '+29.9%'],
    ['change', -0.05, '−5%'],
    ['change', 0, '0%'],
    ['hours', 12.25, '12.3 h'],
  ] as const)('%s %s → %s', (unit, n, text) => {
    expect(formatKpiFigure(unit, n)).toBe(text);
  });

  it.each([
    ['On track', 250, '250'],
    ['No data', null, 'No data'],
    ['No data', 250, 'No data'],
    ['Stale', 250, 'Stale'],
  ] as const)('a %s value of %s shows %s, never a number without data', (status, value, text) => {
    expect(kpiValueText(kpi(), status, value)).toBe(text);
  });
});

describe('scorecard rows', () => {
  it('word status, direction and trend; No data and Stale rows carry no number', () => {
    const rows = scoreKpis(
      [kpi(), mttr, kpi({id: 'none', name: 'No source', source: 'none'}), kpi({id: 'old', name: 'Old data'})],
      {wad: {value: 160, previous: 180, asOf: today}, mttr: {value: 10, previous: 30, asOf: today}, none: {value: 5, asOf: today}, old: {value: 300, asOf: '2026-10-01'}},
      today,
    ).map(kpiRow);
    expect(rows.map((r) => [r.name, r.status, r.valueText, r.value, r.targetText, r.trendText].join(' | '))).toMatchInlineSnapshot(`
      [
        "Weekly active developers | At risk | 160 | 160 | ≥ 200 | Worse than the period before",
        "Critical response | On track | 10 h | 10 | ≤ 24 h | Better than the period before",
        "No source | No data | No data |  | ≥ 200 | No trend: no earlier period to compare",
        "Old data | Stale | Stale |  | ≥ 200 | No trend: no earlier period to compare",
      ]
    `);
  });
});

const unsigned = (domain: DomainSignoff['domain']): DomainSignoff => ({domain, file: `handoff/signoffs/${domain}.json`, expectedSigner: 'devops-lead', state: 'UNSIGNED', reason: 'No sign-off is recorded for this domain.'});
const items: ReadinessItem[] = [
  {id: 'drilled', domain: 'operations', text: 'Runbooks drilled.', evidence: '/runbooks', check: 'runbooks-drilled'},
  {id: 'crit', domain: 'engineering', text: 'No critical open.', evidence: '/security', check: 'no-open-critical'},
  {id: 'dr', domain: 'operations', text: 'DR targets met.', evidence: '/runbooks', check: 'attested'},
];
const operations: OperationsView = {
  platformTargets: {rpoMinutes: 15, rtoMinutes: 30},
  runbooks: [
    {id: 'a', title: 'A', route: '/runbooks/a', owner: 'devops', ownerName: 'DevOps Squad', intervalDays: 90, lastDrilled: '2026-11-01', dueBy: '2027-01-30', state: 'Drilled on time', metTarget: true},
    {id: 'b', title: 'B', route: '/runbooks/b', owner: 'devops', ownerName: 'DevOps Squad', intervalDays: 90, lastDrilled: null, dueBy: null, state: 'Never drilled', metTarget: null},
  ],
  stores: [],
};
const training: TrainingView = {labs: [], recordings: [], officeHours: [], officeHoursIcs: '/docs/office-hours.ics', kpis: []};

const summaryOf = (states: DomainSignoff[]) => {
  const view = executiveSummaryView({
    'kpi-scorecard': kpiScorecardView(scoreKpis([kpi(), mttr], {wad: {value: 250, asOf: today}}, today)),
    readiness: readinessView(judgeReadiness(items, {overdueRunbooks: ['b'], openCritical: null, pa11yErrors: null, testsPassing: null, unsourcedKpis: []})),
    'sign-offs': signoffsView(states),
    operations,
    training,
    'maintenance-security': maintenanceSecurityView(undefined),
  });
  return [view.headline, ...view.facts.map((f) => `${f.label}: ${f.text}`)];
};

describe('executive summary: every sentence is counted from a chapter view', () => {
  it('says plainly that nobody has signed, and that a missing scan is No data', () => {
    expect(summaryOf([unsigned('operations'), unsigned('product')])).toMatchInlineSnapshot(`
      [
        "1 of 2 KPIs on track, 0 of 3 readiness items met by the data, and 0 of 2 domains signed off with a valid sign-off.",
        "KPIs: Of 2 KPIs: 1 on track, 1 no data.",
        "Readiness: Of 3 checklist items: 1 not met, 1 not measured, 1 attested in sign-off.",
        "Sign-offs: Nobody has signed the handoff yet: all 2 domains are UNSIGNED.",
        "Runbooks: 1 of 2 runbooks drilled within their interval.",
        "Disaster recovery: No data store is recorded.",
        "Security: Open critical advisories: No data (no security scan is committed).",
        "Training: 0 hands-on labs, 0 recorded sessions and 0 office-hours slots.",
      ]
    `);
  });

  it('counts a STALE sign-off by its state word', () => {
    expect(summaryOf([{...unsigned('operations'), state: 'STALE'}, unsigned('product')])[3]).toMatchInlineSnapshot(`"Sign-offs: Of 2 domains: 1 STALE, 1 UNSIGNED."`);
  });
});
