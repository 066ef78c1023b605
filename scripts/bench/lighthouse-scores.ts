/**
 * The pure half of `npm run bench:lighthouse`: medians, the side-by-side table and the targets of
 * issue 13. No browser and no files here, so unit tests can pin every figure and sentence.
 */
import {medianOfPresent} from './ui-stats';

/** One Lighthouse run's figures: category scores 0–100 as Lighthouse shows them, times in ms. */
export interface RunScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  lcpMs: number;
  /**
   * Lighthouse's benchmarkIndex of the host during the run ("CPU/Memory Power"): higher is
   * faster. The mobile preset's 4× slowdown assumes 1500–2000; on a shared machine it swings from
   * run to run, and a side measured on a slower moment scores lower. NaN when the report has none.
   */
  cpuPower: number;
}

export type Metric = keyof RunScores;

export const metrics: readonly {key: Metric; label: string}[] = [
  {key: 'performance', label: 'Perf'},
  {key: 'accessibility', label: 'A11y'},
  {key: 'bestPractices', label: 'Best pr.'},
  {key: 'seo', label: 'SEO'},
  {key: 'tbtMs', label: 'TBT ms'},
  {key: 'lcpMs', label: 'LCP ms'},
  {key: 'cpuPower', label: 'CPU power'},
];

/** A page kind measured on both sites: our page and the plain site's page standing in for it. */
export interface KindResult {
  kind: string;
  oursPath: string;
  plainPath: string;
  ours: RunScores[];
  plain: RunScores[];
}

export interface BundleSizes {
  /** Gzipped bytes of the main and runtime chunks the home page loads. */
  oursBytes: number;
  plainBytes: number;
}

/** The issue's targets. */
export const targets = {
  /** Our main bundle may be at most this many bytes (gzipped) larger than plain's: 10 kB. */
  bundleExtraBytes: 10_000,
  minPerformance: 90,
  perfectScore: 100,
} as const;

/** Each metric's median over the runs that have it; NaN (shown as No data) when none has. */
export function medianScores(runs: readonly RunScores[]): RunScores {
  const of = (key: Metric) => medianOfPresent(runs.map((r) => r[key])) ?? NaN;
  return Object.fromEntries(metrics.map(({key}) => [key, of(key)])) as unknown as RunScores;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const figure = (n: number) => (Number.isNaN(n) ? 'No data' : Number.isInteger(n) ? String(n) : n.toFixed(1));
const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) ? 'No data' : b === 0 ? (a === 0 ? '1.00' : '—') : (a / b).toFixed(2));

/** The side-by-side table, as Markdown so it reads in a terminal and pastes into an issue. */
export function formatTable(results: readonly KindResult[]): string[] {
  const header = ['Page kind', 'Site (page)', ...metrics.map((m) => m.label)];
  const rows: string[][] = [];
  for (const r of results) {
    const ours = medianScores(r.ours);
    const plain = medianScores(r.plain);
    rows.push([r.kind, `ours (${r.oursPath})`, ...metrics.map((m) => figure(ours[m.key]))]);
    rows.push(['', `plain (${r.plainPath})`, ...metrics.map((m) => figure(plain[m.key]))]);
    rows.push(['', 'ratio ours/plain', ...metrics.map((m) => ratio(ours[m.key], plain[m.key]))]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
}

export function formatBundle({oursBytes, plainBytes}: BundleSizes): string {
  const diff = oursBytes - plainBytes;
  return `main bundle (main + runtime chunks, gzipped): ours ${kB(oursBytes)}, plain ${kB(plainBytes)}, difference ${diff >= 0 ? '+' : ''}${kB(diff)}, ratio ${ratio(oursBytes, plainBytes)}`;
}

export interface Judgement {
  target: string;
  met: boolean;
  /** What was measured, for the ones not met. */
  detail: string;
}

/** Judges every target of issue 13 on the medians; the bench reports these, it does not fail on them. */
export function judge(results: readonly KindResult[], bundle: BundleSizes): Judgement[] {
  const extra = bundle.oursBytes - bundle.plainBytes;
  const judgements: Judgement[] = [
    {
      target: `main bundle at most ${kB(targets.bundleExtraBytes)} larger than plain's`,
      met: extra <= targets.bundleExtraBytes,
      detail: `${extra >= 0 ? '+' : ''}${kB(extra)}`,
    },
  ];
  for (const r of results) {
    const ours = medianScores(r.ours);
    const plain = medianScores(r.plain);
    judgements.push({
      target: `${r.kind}: performance ≥ plain's and ≥ ${targets.minPerformance}`,
      met: ours.performance >= plain.performance && ours.performance >= targets.minPerformance,
      detail: `ours ${figure(ours.performance)}, plain ${figure(plain.performance)}`,
    });
    const short = (['accessibility', 'bestPractices', 'seo'] as const).filter((k) => ours[k] < targets.perfectScore);
    judgements.push({
      target: `${r.kind}: accessibility, best practices and SEO = ${targets.perfectScore}`,
      met: short.length === 0,
      detail: short.map((k) => `${k} ${figure(ours[k])}`).join(', '),
    });
  }
  return judgements;
}

export function formatJudgements(judgements: readonly Judgement[]): string[] {
  const met = judgements.filter((j) => j.met).length;
  return [
    `targets (benchmark, not a test: reported, not an exit code): ${met} of ${judgements.length} met`,
    ...judgements.map((j) => `  ${j.met ? 'met    ' : 'NOT met'}  ${j.target}${j.met ? '' : ` (${j.detail})`}`),
  ];
}
