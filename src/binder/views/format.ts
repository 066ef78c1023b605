import type {Kpi} from '../kpi-schema';
import type {KpiStatus, KpiTrend} from '../kpi-status';

/** The words every binder page, the PDF and the decks use for a missing figure. */
export const noData = 'No data';

const trimmed = (n: number, digits: number) => Number(n.toFixed(digits)).toString();

// A fixed locale, not the reader's or the build machine's: the pages, the PDF and the decks read alike.
const wholeNumber = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});

/** A KPI figure in its unit: 87.5%, 3,123, 12 h, +4%. */
export function formatKpiFigure(unit: Kpi['unit'], n: number): string {
  switch (unit) {
    case 'ratio':
      return `${trimmed(n * 100, 1)}%`;
    case 'change':
      return `${n > 0 ? '+' : n < 0 ? '−' : ''}${trimmed(Math.abs(n) * 100, 1)}%`;
    case 'hours':
      return `${trimmed(n, 1)} h`;
    case 'count':
      return wholeNumber.format(n);
  }
}

/** The value cell: the figure only when the status is judged on it, otherwise the status's own words. */
export function kpiValueText(kpi: Kpi, status: KpiStatus, value: number | null): string {
  if (status === 'Stale') return 'Stale';
  if (status === 'No data' || value === null) return noData;
  return formatKpiFigure(kpi.unit, value);
}

/** "≥ 15" or "≤ 24 h": the target or threshold with the comparison the direction implies. */
export function kpiBoundText(kpi: Kpi, bound: number): string {
  return `${kpi.direction === 'higher-is-better' ? '≥' : '≤'} ${formatKpiFigure(kpi.unit, bound)}`;
}

export const directionText = {'higher-is-better': 'Higher is better', 'lower-is-better': 'Lower is better'} as const;

/** The trend in words; "better" follows the KPI's direction, so a falling response time reads better. */
export const trendText: Record<KpiTrend, string> = {
  better: 'Better than the period before',
  worse: 'Worse than the period before',
  unchanged: 'Unchanged from the period before',
  'no trend': 'No trend: no earlier period to compare',
};

export const kpiSourceText: Record<Kpi['source'], string> = {
  'analytics-snapshot': 'Marketplace analytics snapshot',
  'security-snapshots': 'Security scans',
  'drill-logs': 'Runbook drill logs',
  'test-evidence': 'JUnit test evidence',
  none: 'No source yet',
};

/** Domain names as the binder spells them. */
export const domainNames = {engineering: 'Engineering', product: 'Product', operations: 'Operations', support: 'Support', community: 'Community'} as const;

/** Counts of each word in `all`, every word present (0 when none), in the order given. */
export function countBy<T extends string>(all: readonly T[], values: readonly T[]): Record<T, number> {
  const counts = Object.fromEntries(all.map((w) => [w, 0])) as Record<T, number>;
  for (const v of values) counts[v]++;
  return counts;
}

/** "1 on track, 2 at risk": the non-zero counts in order, in lower case, or `none` when all are zero. */
export function countsSentence<T extends string>(counts: Record<T, number>, words: (w: T) => string = (w) => w.toLowerCase(), none = 'none'): string {
  const parts = (Object.entries(counts) as [T, number][]).filter(([, n]) => n > 0).map(([w, n]) => `${n} ${words(w)}`);
  return parts.length ? parts.join(', ') : none;
}
