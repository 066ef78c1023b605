import {describe, expect, it} from 'vitest';
import {combineRuns, formatSummaryTable, median, medianOfPresent, percentile, summarize, type FlowSamples} from '../ui-stats';

const oneToTwenty = Array.from({length: 20}, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  it.each([
    {xs: [7], p: 95, expected: 7},
    {xs: oneToTwenty, p: 95, expected: 19},
    {xs: oneToTwenty, p: 50, expected: 10},
    {xs: [...oneToTwenty].reverse(), p: 100, expected: 20},
    {xs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 100], p: 95, expected: 100},
  ])('P$p of $xs.length samples is $expected', ({xs, p, expected}) => {
    expect(percentile(xs, p)).toBe(expected);
  });

  it.each([
    {xs: [], p: 95, message: 'Unexpected empty list of samples, expected at least one sample'},
    {xs: [1], p: 0, message: 'Unexpected percentile 0, expected a number above 0 and at most 100'},
  ])('refuses $xs with P$p', ({xs, p, message}) => {
    expect(() => percentile(xs, p)).toThrowError(message);
  });
});

describe('median', () => {
  it.each([
    {xs: [3], expected: 3},
    {xs: [5, 1, 3], expected: 3},
    {xs: [4, 1, 3, 2], expected: 2.5},
    {xs: [90, 90, 12], expected: 90},
  ])('of $xs is $expected', ({xs, expected}) => {
    expect(median(xs)).toBe(expected);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrowErrorMatchingInlineSnapshot(`[Error: Unexpected empty list of samples, expected at least one sample]`);
  });
});

describe('medianOfPresent', () => {
  it.each([
    {xs: [3, undefined, 1, 5], expected: 3},
    {xs: [NaN, 4, 2], expected: 3},
    {xs: [undefined, NaN], expected: undefined},
    {xs: [], expected: undefined},
  ])('of $xs is $expected: a run without a value is left out', ({xs, expected}) => {
    expect(medianOfPresent(xs)).toBe(expected);
  });
});

const flow = (name: string, targetMs: number, samples: number[]): FlowSamples => ({flow: name, label: name, targetMs, samples});

describe('summaries and the table', () => {
  it('judges on the P95, strictly under the target', () => {
    expect(summarize(flow('a', 190, oneToTwenty.map((x) => x * 10))).met).toBe(false);
    expect(summarize(flow('a', 191, oneToTwenty.map((x) => x * 10))).met).toBe(true);
  });

  it('prints median and P95 against the target, and combines runs by their medians', () => {
    const run1 = [summarize(flow('search warm', 200, [40, 50, 60, 70, 250])), summarize(flow('search cold', 400, [300, 310, 320]))];
    const run2 = [summarize(flow('search warm', 200, [44, 54, 64, 74, 150])), summarize(flow('search cold', 400, [380, 390, 450]))];
    expect(formatSummaryTable(run1).join('\n')).toMatchInlineSnapshot(`
      "| Flow        | Samples | Median ms | P95 ms | Max ms | Target P95 ms | P95/target | Met |
      |-------------|---------|-----------|--------|--------|---------------|------------|-----|
      | search warm | 5       | 60        | 250    | 250    | < 200         | 1.25       | ✗   |
      | search cold | 3       | 310       | 320    | 320    | < 400         | 0.80       | ✓   |"
    `);
    expect(formatSummaryTable(combineRuns([run1, run2])).join('\n')).toMatchInlineSnapshot(`
      "| Flow        | Samples | Median ms | P95 ms | Max ms | Target P95 ms | P95/target | Met |
      |-------------|---------|-----------|--------|--------|---------------|------------|-----|
      | search warm | 10      | 62        | 200    | 250    | < 200         | 1.00       | ✗   |
      | search cold | 6       | 350       | 385    | 450    | < 400         | 0.96       | ✓   |"
    `);
  });
});
