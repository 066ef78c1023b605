import {describe, expect, it} from 'vitest';
import {formatDuration, summaryLines, timed} from '../steps';

describe('formatDuration', () => {
  it.each([
    [0, '0.0s'],
    [420, '0.4s'],
    [9_949, '9.9s'],
    [10_000, '10s'],
    [59_499, '59s'],
    [59_500, '1m00s'],
    [161_000, '2m41s'],
    [1_320_000, '22m00s'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('summaryLines', () => {
  it('prints each step with its wall time, the total, and ends with the line CI parses', () => {
    const lines = summaryLines(
      [
        {name: 'typecheck', passed: 1, failed: 0, ms: 31_200},
        {name: 'axe (226 pages, 3 at once)', passed: 225, failed: 1, ms: 161_000},
        {name: 'browser tests (not run: build failed)', passed: 0, failed: 1},
      ],
      840_000,
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "",
        "Summary (wall time 14m00s)",
        "  ✔ typecheck: 1 passed, 0 failed — 31s",
        "  ✖ axe (226 pages, 3 at once): 225 passed, 1 failed — 2m41s",
        "  ✖ browser tests (not run: build failed): 0 passed, 1 failed",
        "226 passed, 2 failed",
      ]
    `);
  });
});

describe('timed', () => {
  it('stamps the wall time of a step on its result', async () => {
    const result = await timed(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return {name: 'wait', passed: 1, failed: 0};
    });
    expect(result).toMatchObject({name: 'wait', passed: 1, failed: 0});
    expect(result.ms).toBeGreaterThanOrEqual(25);
  });
});
