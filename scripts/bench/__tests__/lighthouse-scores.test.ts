import {describe, expect, it} from 'vitest';
import {formatBundle, formatJudgements, formatTable, judge, type KindResult, type RunScores} from '../lighthouse-scores';

const run = (performance: number, tbtMs = 200, extra: Partial<RunScores> = {}): RunScores => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  tbtMs,
  lcpMs: 1500,
  cpuPower: 1600,
  ...extra,
});

const results: KindResult[] = [
  {kind: 'home', oursPath: '/', plainPath: '/', ours: [run(92, 150), run(95, 120), run(91, 180)], plain: [run(90, 100, {accessibility: 92}), run(93, 90, {accessibility: 92}), run(91, 110, {accessibility: 92})]},
  {kind: 'error page', oursPath: '/errors/AX1042', plainPath: '/docs/start-here', ours: [run(80, 600, {seo: 92, cpuPower: 1200}), run(85, 500, {seo: 92, cpuPower: 1300})], plain: [run(88), run(90)]},
];

describe('formatTable', () => {
  it('prints ours, the plain peer and their ratio per page kind, medians of the runs', () => {
    expect(formatTable(results).join('\n')).toMatchInlineSnapshot(`
      "| Page kind  | Site (page)              | Perf | A11y | Best pr. | SEO  | TBT ms | LCP ms | CPU power |
      |------------|--------------------------|------|------|----------|------|--------|--------|-----------|
      | home       | ours (/)                 | 92   | 100  | 100      | 100  | 150    | 1500   | 1600      |
      |            | plain (/)                | 91   | 92   | 100      | 100  | 100    | 1500   | 1600      |
      |            | ratio ours/plain         | 1.01 | 1.09 | 1.00     | 1.00 | 1.50   | 1.00   | 1.00      |
      | error page | ours (/errors/AX1042)    | 82.5 | 100  | 100      | 92   | 550    | 1500   | 1250      |
      |            | plain (/docs/start-here) | 89   | 100  | 100      | 100  | 200    | 1500   | 1600      |
      |            | ratio ours/plain         | 0.93 | 1.00 | 1.00     | 0.92 | 2.75   | 1.00   | 0.78      |"
    `);
  });
});

describe('formatTable without a benchmark index', () => {
  it('takes the median over the runs that have one, and prints No data where none has, never a number', () => {
    const noIndex: KindResult = {kind: 'runbook', oursPath: '/runbooks/incident-triage', plainPath: '/docs/start-here', ours: [run(91, 200, {cpuPower: NaN}), run(93, 200, {cpuPower: 1400})], plain: [run(88, 300, {cpuPower: NaN})]};
    expect(formatTable([noIndex]).slice(2).map((row) => row.split('|').at(-2)!.trim())).toEqual(['1400', 'No data', 'No data']);
  });
});

describe('targets', () => {
  it('prints the bundle sizes and their difference in kB', () => {
    expect(formatBundle({oursBytes: 174_300, plainBytes: 148_100})).toMatchInlineSnapshot(
      `"main bundle (main + runtime chunks, gzipped): ours 174.3 kB, plain 148.1 kB, difference +26.2 kB, ratio 1.18"`,
    );
  });

  it.each([
    {oursBytes: 158_100, plainBytes: 148_100, met: true},
    {oursBytes: 158_101, plainBytes: 148_100, met: false},
    {oursBytes: 140_000, plainBytes: 148_100, met: true},
  ])('judges a main bundle of $oursBytes bytes against $plainBytes: met $met', ({oursBytes, plainBytes, met}) => {
    expect(judge([], {oursBytes, plainBytes})[0]!.met).toBe(met);
  });

  it('judges performance against the peer and 90, and the other categories against 100', () => {
    expect(formatJudgements(judge(results, {oursBytes: 174_300, plainBytes: 148_100})).join('\n')).toMatchInlineSnapshot(`
      "targets (benchmark, not a test: reported, not an exit code): 2 of 5 met
        NOT met  main bundle at most 10.0 kB larger than plain's (+26.2 kB)
        met      home: performance ≥ plain's and ≥ 90
        met      home: accessibility, best practices and SEO = 100
        NOT met  error page: performance ≥ plain's and ≥ 90 (ours 82.5, plain 89)
        NOT met  error page: accessibility, best practices and SEO = 100 (seo 92)"
    `);
  });

  it('does not meet the performance target at 90 or more when the peer scores higher', () => {
    const kind: KindResult = {kind: 'doc page', oursPath: '/docs/a', plainPath: '/docs/a', ours: [run(93)], plain: [run(97)]};
    expect(judge([kind], {oursBytes: 0, plainBytes: 0})[1]).toEqual({target: "doc page: performance ≥ plain's and ≥ 90", met: false, detail: 'ours 93, plain 97'});
  });
});
