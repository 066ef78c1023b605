import {describe, expect, it} from 'vitest';
import {erroredAudits, formatFindings, scoresOf, topFindings, type Lhr} from '../lighthouse-audits';

const lhr: Lhr = {
  finalDisplayedUrl: 'http://127.0.0.1:4000/',
  environment: {hostUserAgent: 'Mozilla/5.0 HeadlessChrome/156.0.0.0', benchmarkIndex: 1547.5},
  categories: {'performance': {score: 0.684}, 'accessibility': {score: 1}, 'best-practices': {score: 0.96}, 'seo': {score: 1}},
  audits: {
    'total-blocking-time': {title: 'Total Blocking Time', score: 0.1, numericValue: 2241.4},
    'largest-contentful-paint': {title: 'Largest Contentful Paint', score: 0.9, numericValue: 1582.6},
    'unused-javascript': {
      title: 'Reduce unused JavaScript',
      score: 0.5,
      displayValue: 'Potential savings of 120 KiB',
      details: {
        type: 'opportunity',
        overallSavingsMs: 600,
        items: [
          {url: 'http://127.0.0.1:4000/assets/js/main.1234abcd.js', wastedBytes: 90_000},
          {url: 'http://127.0.0.1:4000/assets/js/17896441.9876fedc.js', wastedBytes: 30_000},
        ],
      },
    },
    'unused-css-rules': {title: 'Reduce unused CSS', score: 0.5, displayValue: 'Potential savings of 10 KiB', details: {type: 'opportunity', overallSavingsMs: 150, items: []}},
    'uses-text-compression': {title: 'Enable text compression', score: 1, details: {type: 'opportunity', overallSavingsMs: 0, items: []}},
    'bootup-time': {title: 'Reduce JavaScript execution time', score: 0, displayValue: '3.3 s', details: {type: 'table', items: [{url: 'Unattributable', scripting: 376}, {url: 'http://127.0.0.1:4000/assets/js/main.1234abcd.js', scripting: 1270}]}},
    'mainthread-work-breakdown': {title: 'Minimize main-thread work', score: 0, displayValue: '5.5 s', details: {type: 'table', items: [{groupLabel: 'Script Evaluation', duration: 2900}]}},
  },
};

describe('scoresOf', () => {
  it('reads the four categories as Lighthouse shows them, and rounds the two times and the CPU power', () => {
    expect(scoresOf(lhr)).toEqual({performance: 68, accessibility: 100, bestPractices: 96, seo: 100, tbtMs: 2241, lcpMs: 1583, cpuPower: 1548});
  });

  it('leaves the CPU power unknown when the report has no benchmark index', () => {
    expect(scoresOf({...lhr, environment: {}}).cpuPower).toBeNaN();
  });

  it('reports a Lighthouse runtime error or a missing category', () => {
    expect(() => scoresOf({...lhr, runtimeError: {code: 'NO_FCP', message: 'The page did not paint any content.'}})).toThrowErrorMatchingInlineSnapshot(
      `[Error: Lighthouse failed on http://127.0.0.1:4000/: NO_FCP The page did not paint any content.]`,
    );
    expect(() => scoresOf({...lhr, categories: {...lhr.categories, seo: {score: null}}})).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unexpected missing "seo" score in the Lighthouse result for http://127.0.0.1:4000/, expected a number from 0 to 1]`,
    );
  });
});

describe('topFindings', () => {
  it('lists failing opportunities by savings, then failing diagnostics, with their heaviest resources', () => {
    expect(formatFindings(topFindings(lhr)).join('\n')).toMatchInlineSnapshot(`
      "    unused-javascript: Reduce unused JavaScript (Potential savings of 120 KiB, about 600 ms to save)
            /assets/js/main.1234abcd.js (88 KiB)
            /assets/js/17896441.9876fedc.js (29 KiB)
          unused-css-rules: Reduce unused CSS (Potential savings of 10 KiB, about 150 ms to save)
          bootup-time: Reduce JavaScript execution time (3.3 s)
            /assets/js/main.1234abcd.js (1270 ms)
            Unattributable (376 ms)"
    `);
  });

  it('takes as many as asked', () => {
    expect(topFindings(lhr, 4).map((f) => f.id)).toEqual(['unused-javascript', 'unused-css-rules', 'bootup-time', 'mainthread-work-breakdown']);
  });
});

describe('erroredAudits', () => {
  it('splits the audits Lighthouse could not compute by whether a category score weighs them', () => {
    const broken: Lhr = {
      ...lhr,
      categories: {performance: {score: 0.5, auditRefs: [{id: 'largest-contentful-paint', weight: 25}, {id: 'layout-shifts', weight: 0}]}},
      audits: {
        ...lhr.audits,
        'layout-shifts': {title: 'Avoid large layout shifts', score: null, scoreDisplayMode: 'error'},
        'largest-contentful-paint': {title: 'Largest Contentful Paint', score: null, scoreDisplayMode: 'error'},
      },
    };
    expect(erroredAudits(broken)).toEqual({scored: ['largest-contentful-paint'], unscored: ['layout-shifts']});
    expect(erroredAudits(lhr)).toEqual({scored: [], unscored: []});
  });
});
