import type {Snapshot} from '../analytics/schema/snapshot';
import type {SecurityDashboard} from '../security/dashboard';
import type {Measurement} from './kpi-schema';

/**
 * Turns each source's data into KPI measurements, by KPI id. Pure: the readers in
 * kpi-sources.ts load the data, so tests hand these functions plain objects.
 */

const day = (timestamp: string) => timestamp.slice(0, 10);

/** Weekly active developers, template usage, search conversion change, lab completion and helpfulness. */
export function analyticsMeasurements(s: Snapshot): Record<string, Measurement> {
  const asOf = day(s.asOf);
  const complete = s.weeks.filter((w) => !w.partial);
  const last = complete.at(-1);
  const before = complete.at(-2);
  const converting = complete.filter((w) => w.searchConversion !== null);
  const base = converting[0]?.searchConversion ?? null;
  const changeAt = (i: number) => {
    const w = converting.at(i);
    return base && w && converting.length > 1 && w !== converting[0] ? (w.searchConversion! - base) / base : null;
  };
  const started = s.labs.reduce((n, l) => n + l.started, 0);
  const completed = s.labs.reduce((n, l) => n + l.completed, 0);
  return {
    'weekly-active-developers': {value: last?.activeDevelopers ?? null, previous: before?.activeDevelopers ?? null, asOf},
    'template-adoption': {value: s.templates.templateAdoption, asOf},
    'search-conversion-change': {value: changeAt(-1), previous: changeAt(-2), asOf},
    'lab-completion': {value: started ? completed / started : null, asOf},
    helpfulness: {value: s.helpfulness.overall, asOf},
  };
}

/** Critical response: hours the oldest open critical has been open; no value when a scan is too old to attest. */
export function securityMeasurements(d: SecurityDashboard): Record<string, Measurement> {
  const open = d.scans.flatMap((s) => s.findings).filter((f) => f.severity === 'critical' && f.status === 'open');
  const value = d.openTotals === null ? null : Math.max(0, ...open.map((f) => f.ageHours));
  return {'critical-response-hours': {value, asOf: day(d.asOf.oldest)}};
}

/** Counts of a JUnit XML report, summed over its test suites. */
export interface JunitSummary {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  /** Day of the newest suite's `timestamp`, when the report has one. */
  asOf?: string;
}

/** Sums the `<testsuite>` counts of a JUnit XML report (nested suites are counted once, at the leaves). */
export function parseJunit(xml: string): JunitSummary {
  const sum: JunitSummary = {tests: 0, failures: 0, errors: 0, skipped: 0};
  for (const m of xml.matchAll(/<testsuite\b([^>]*)>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1]!)?.[1];
    const body = xml.slice(m.index! + m[0].length);
    // A suite whose next tag is another suite only groups them; its counts repeat theirs.
    if (/^\s*<testsuite\b/.test(body)) continue;
    sum.tests += Number(attr('tests') ?? 0);
    sum.failures += Number(attr('failures') ?? 0);
    sum.errors += Number(attr('errors') ?? 0);
    sum.skipped += Number(attr('skipped') ?? 0);
    const ts = attr('timestamp')?.slice(0, 10);
    if (ts && (!sum.asOf || ts > sum.asOf)) sum.asOf = ts;
  }
  return sum;
}

/** Tests passing: passed ÷ run (skipped tests are not run); no value without a dated, non-empty report. */
export function testMeasurements(j: JunitSummary): Record<string, Measurement> {
  const run = j.tests - j.skipped;
  if (!j.asOf) return {};
  return {'tests-passing': {value: run > 0 ? (run - j.failures - j.errors) / run : null, asOf: j.asOf}};
}
