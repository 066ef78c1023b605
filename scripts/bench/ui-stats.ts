/** One flow's samples from one run, in milliseconds, with the P95 it must stay under. */
export interface FlowSamples {
  flow: string;
  label: string;
  targetMs: number;
  samples: number[];
}

export interface FlowSummary {
  flow: string;
  label: string;
  targetMs: number;
  n: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  met: boolean;
}

function sorted(values: readonly number[]): number[] {
  if (!values.length) throw new Error('Unexpected empty list of samples, expected at least one sample');
  return [...values].sort((a, b) => a - b);
}

/**
 * The nearest-rank percentile: the smallest sample with at least p% of the samples at or below
 * it. It is always a sample that happened, never an interpolation between two.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`Unexpected percentile ${p}, expected a number above 0 and at most 100`);
  const xs = sorted(values);
  return xs[Math.ceil((p / 100) * xs.length) - 1]!;
}

/** The middle sample, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const xs = sorted(values);
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/**
 * The median of the values a run reported, leaving out the runs that reported none (undefined or
 * NaN); undefined when no run did, so a table can say "No data" rather than show a number.
 */
export function medianOfPresent(values: readonly (number | undefined)[]): number | undefined {
  const present = values.filter((v): v is number => v !== undefined && !Number.isNaN(v));
  return present.length ? median(present) : undefined;
}

/** The bar is the P95: a flow meets it when its P95 is under the target. */
export function summarize(f: FlowSamples): FlowSummary {
  const p95Ms = percentile(f.samples, 95);
  return {flow: f.flow, label: f.label, targetMs: f.targetMs, n: f.samples.length, medianMs: median(f.samples), p95Ms, maxMs: Math.max(...f.samples), met: p95Ms < f.targetMs};
}

/** Across runs: the median of the runs' medians and of their P95s, judged on that P95. */
export function combineRuns(runs: readonly FlowSummary[][]): FlowSummary[] {
  const first = runs[0] ?? [];
  return first.map((s) => {
    const same = runs.map((r) => r.find((x) => x.flow === s.flow)).filter((x): x is FlowSummary => !!x);
    const p95Ms = median(same.map((x) => x.p95Ms));
    return {
      ...s,
      n: same.reduce((total, x) => total + x.n, 0),
      medianMs: median(same.map((x) => x.medianMs)),
      p95Ms,
      maxMs: Math.max(...same.map((x) => x.maxMs)),
      met: p95Ms < s.targetMs,
    };
  });
}

const ms = (x: number) => x.toFixed(0);

/** A Markdown table: each flow's median and P95 against its target, ✓ under it and ✗ not. */
export function formatSummaryTable(rows: readonly FlowSummary[]): string[] {
  const cells = rows.map((r) => [r.label, String(r.n), ms(r.medianMs), ms(r.p95Ms), ms(r.maxMs), `< ${r.targetMs}`, `${(r.p95Ms / r.targetMs).toFixed(2)}`, r.met ? '✓' : '✗']);
  const header = ['Flow', 'Samples', 'Median ms', 'P95 ms', 'Max ms', 'Target P95 ms', 'P95/target', 'Met'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)];
}
