import {addDays} from '../content-model/dates';
import type {Kpi, Measurement} from './kpi-schema';

/** A KPI's standing; computed here, never typed. */
export type KpiStatus = 'On track' | 'At risk' | 'Off track' | 'No data' | 'Stale';

/** Which way the value moved, judged by the KPI's direction: words, so colour is never the only cue. */
export type KpiTrend = 'better' | 'worse' | 'unchanged' | 'no trend';

export interface KpiResult {
  kpi: Kpi;
  status: KpiStatus;
  /** The value, only when the status is judged on it: null for No data and Stale. */
  value: number | null;
  trend: KpiTrend;
  asOf?: string;
}

/** Whether `a` is at least as good as `b` for this KPI. */
const atLeast = (kpi: Kpi, a: number, b: number) => (kpi.direction === 'higher-is-better' ? a >= b : a <= b);

/** The status of a KPI from its measurement, judged on `today` (YYYY-MM-DD). */
export function kpiStatus(kpi: Kpi, m: Measurement | undefined, today: string): KpiStatus {
  if (kpi.source === 'none' || !m || m.value === null) return 'No data';
  if (addDays(m.asOf, kpi.freshnessDays) < today) return 'Stale';
  if (atLeast(kpi, m.value, kpi.target)) return 'On track';
  if (atLeast(kpi, m.value, kpi.atRisk)) return 'At risk';
  return 'Off track';
}

/** The trend from the previous period to this one, read by the KPI's direction. */
export function kpiTrend(kpi: Kpi, m: Measurement | undefined): KpiTrend {
  if (!m || m.value === null || m.previous === null || m.previous === undefined) return 'no trend';
  if (m.value === m.previous) return 'unchanged';
  const rose = m.value > m.previous;
  return rose === (kpi.direction === 'higher-is-better') ? 'better' : 'worse';
}

/** Every KPI judged: a value shows only when it is fresh and sourced. */
export function scoreKpis(kpis: readonly Kpi[], measurements: Readonly<Record<string, Measurement | undefined>>, today: string): KpiResult[] {
  return kpis.map((kpi) => {
    const m = kpi.source === 'none' ? undefined : measurements[kpi.id];
    const status = kpiStatus(kpi, m, today);
    const shown = status !== 'No data' && status !== 'Stale';
    return {kpi, status, value: shown ? m!.value : null, trend: shown ? kpiTrend(kpi, m) : 'no trend', asOf: m?.asOf};
  });
}
