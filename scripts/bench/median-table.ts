import {medianOfPresent} from './ui-stats';

/** A difference in seconds with its sign: "+1.20 s", "−0.35 s". */
export const signedSeconds = (diff: number, decimals: number) => `${diff >= 0 ? '+' : '−'}${Math.abs(diff).toFixed(decimals)} s`;

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
  const cell = (runs: readonly Partial<Record<K, number>>[], key: K) => medianOfPresent(runs.map((r) => r[key]));
  const fmt = (v: number | undefined) => (v === undefined ? 'No data' : `${v.toFixed(decimals)} s`);
  const lines = [`  ${heading.padEnd(labelWidth)}${'plain'.padEnd(13)}${'ours'.padEnd(13)}ours − plain`];
  for (const [key, label] of rows) {
    const [p, o] = [cell(plain, key), cell(ours, key)];
    const diff = p === undefined || o === undefined ? 'No data' : signedSeconds(o - p, decimals);
    lines.push(`  ${label.padEnd(labelWidth)}${fmt(p).padEnd(13)}${fmt(o).padEnd(13)}${diff}`);
  }
  return lines;
}
