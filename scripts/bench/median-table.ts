import {median} from './ui-stats';

/**
 * The benches' side-by-side tables: for each row, the median over plain's runs and over ours,
 * and the difference. A row no run reported reads "No data", never a number.
 */
export function formatMedianTable<K extends string>(
  heading: string,
  rows: readonly (readonly [K, string])[],
  ours: readonly Partial<Record<K, number>>[],
  plain: readonly Partial<Record<K, number>>[],
  {decimals, labelWidth}: {decimals: number; labelWidth: number},
): string[] {
  const cell = (runs: readonly Partial<Record<K, number>>[], key: K) => {
    const values = runs.map((r) => r[key]).filter((v): v is number => v !== undefined);
    return values.length ? median(values) : undefined;
  };
  const fmt = (v: number | undefined) => (v === undefined ? 'No data' : `${v.toFixed(decimals)} s`);
  const lines = [`  ${heading.padEnd(labelWidth)}${'plain'.padEnd(13)}${'ours'.padEnd(13)}ours − plain`];
  for (const [key, label] of rows) {
    const [p, o] = [cell(plain, key), cell(ours, key)];
    const diff = p === undefined || o === undefined ? 'No data' : `${o - p >= 0 ? '+' : '−'}${Math.abs(o - p).toFixed(decimals)} s`;
    lines.push(`  ${label.padEnd(labelWidth)}${fmt(p).padEnd(13)}${fmt(o).padEnd(13)}${diff}`);
  }
  return lines;
}
