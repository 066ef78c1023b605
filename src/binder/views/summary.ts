import {countBy, countsSentence, noData} from './format';
import {signoffStatesInOrder} from './status-views';
import {openCountText} from './training-views';
import type {ChapterViews, ExecutiveSummaryView, SummaryFact} from './types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The executive summary, generated from the other chapters' view models: every figure here is
 * counted from a chapter, none is typed, so the summary cannot disagree with the chapter.
 */
export function executiveSummaryView(v: Omit<ChapterViews, 'executive-summary' | 'architecture' | 'support-model' | 'evidence'>): ExecutiveSummaryView {
  const kpiCounts = v['kpi-scorecard'].counts;
  const readinessCounts = v.readiness.counts;
  const signoffCounts = countBy(signoffStatesInOrder, v['sign-offs'].rows.map((r) => r.state));
  const kpiTotal = v['kpi-scorecard'].rows.length;
  const readinessTotal = v.readiness.rows.length;
  const domains = v['sign-offs'].rows.length;
  const {runbooks, stores} = v.operations;
  const drilled = runbooks.filter((r) => r.state === 'Drilled on time').length;
  const drMet = stores.filter((s) => s.state === 'Met').length;
  const critical = v['maintenance-security'].open.find((o) => o.severity === 'critical')?.count ?? null;
  const {labs, recordings, officeHours} = v.training;

  const facts: SummaryFact[] = [
    {id: 'kpis', label: 'KPIs', chapter: 'kpi-scorecard', text: `Of ${plural(kpiTotal, 'KPI')}: ${countsSentence(kpiCounts)}.`},
    {id: 'readiness', label: 'Readiness', chapter: 'readiness', text: `Of ${plural(readinessTotal, 'checklist item')}: ${countsSentence(readinessCounts)}.`},
    {
      id: 'signoffs',
      label: 'Sign-offs',
      chapter: 'sign-offs',
      text: v['sign-offs'].allUnsigned ? `Nobody has signed the handoff yet: all ${domains} domains are UNSIGNED.` : `Of ${plural(domains, 'domain')}: ${countsSentence(signoffCounts, (w) => w)}.`,
    },
    {id: 'runbooks', label: 'Runbooks', chapter: 'operations', text: `${drilled} of ${plural(runbooks.length, 'runbook')} drilled within their interval.`},
    {
      id: 'disaster-recovery',
      label: 'Disaster recovery',
      chapter: 'operations',
      text: !stores.length ? 'No data store is recorded.' : `${drMet} of ${plural(stores.length, 'data store')} met their RPO and RTO targets in their newest drill, on time (platform targets: RPO ${v.operations.platformTargets.rpoMinutes} min, RTO ${v.operations.platformTargets.rtoMinutes} min).`,
    },
    {
      id: 'security',
      label: 'Security',
      chapter: 'maintenance-security',
      text:
        critical !== null
          ? `Open critical advisories: ${openCountText(critical)}.`
          : `Open critical advisories: ${noData} (${v['maintenance-security'].scanCount ? 'a scan is too old to attest the count' : 'no security scan is committed'}).`,
    },
    {id: 'training', label: 'Training', chapter: 'training', text: `${plural(labs.length, 'hands-on lab')}, ${plural(recordings.length, 'recorded session')} and ${plural(officeHours.length, 'office-hours slot')}.`},
  ];
  const met = readinessCounts.Met;
  const headline = `${kpiCounts['On track']} of ${kpiTotal} KPIs on track, ${met} of ${readinessTotal} readiness items met by the data, and ${signoffCounts.VALID} of ${domains} domains signed off with a valid sign-off.`;
  return {headline, facts, kpiCounts, readinessCounts, signoffCounts};
}
