import {describe, expect, it} from 'vitest';
import {concurrencyArg, pool, summarize} from '../axe';

describe('pool', () => {
  it('runs at most `concurrency` audits at once and keeps the order of the items', async () => {
    let running = 0;
    let most = 0;
    const results = await pool([5, 1, 4, 2, 3], 2, async (n) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, n * 5));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it.each([
    ['no items', [], 3, []],
    ['more workers than items', [1], 4, [1]],
  ])('handles %s', async (_what, items, concurrency, expected) => {
    expect(await pool(items, concurrency, async (n) => n)).toEqual(expected);
  });
});

describe('summarize', () => {
  it('fails a page on a violation or when it cannot load, and adds up what needs review', () => {
    const result = summarize([
      {path: '/', errors: [], needsReview: 3},
      {path: '/errors/AX1001', errors: ['image-alt (critical): Images must have alternative text (img)'], needsReview: 1},
      {path: '/gone', errors: [], needsReview: 0, loadFailure: 'Unexpected HTTP status 404, expected 200'},
    ]);
    expect(result).toMatchInlineSnapshot(`
      {
        "failed": 2,
        "failures": [
          {
            "issues": [
              "image-alt (critical): Images must have alternative text (img)",
            ],
            "url": "/errors/AX1001",
          },
          {
            "issues": [
              "could not audit the page: Unexpected HTTP status 404, expected 200",
            ],
            "url": "/gone",
          },
        ],
        "needsReview": 4,
        "pages": 3,
        "passed": 1,
      }
    `);
  });
});

describe('concurrencyArg', () => {
  it.each([
    [[], undefined],
    [['--concurrency', '4'], 4],
  ])('reads %j as %s', (argv, expected) => {
    expect(concurrencyArg(argv)).toBe(expected);
  });

  it.each([
    [['--concurrency'], 'Unexpected --concurrency value "", expected a whole number of pages from 1 up'],
    [['--concurrency', '0'], 'Unexpected --concurrency value "0", expected a whole number of pages from 1 up'],
    [['--concurrency', 'two'], 'Unexpected --concurrency value "two", expected a whole number of pages from 1 up'],
    [['--concurrency', '1.5'], 'Unexpected --concurrency value "1.5", expected a whole number of pages from 1 up'],
  ])('rejects %j', (argv, message) => {
    expect(() => concurrencyArg(argv)).toThrow(message);
  });
});
