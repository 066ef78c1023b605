import {describe, expect, it} from 'vitest';
import {chapterAnchor, chapterPages, tocEntries, tocHtml} from '../toc';

const chapters = [
  {id: 'summary', title: 'Executive summary', route: '/docs/handoff/summary'},
  {id: 'kpis', title: 'KPI scorecard', route: '/docs/handoff/kpis'},
  {id: 'signoffs', title: 'Sign-offs & <states>', route: '/docs/handoff/signoffs'},
];

describe('the printed table of contents', () => {
  it('leaves the numbers blank in the measuring pass and fills them from the measured pages', () => {
    expect(tocEntries(chapters).map((e) => e.page)).toEqual(['', '', '']);
    expect(tocEntries(chapters, {summary: 3, kpis: 5, signoffs: 9}).map((e) => [e.anchor, e.page])).toEqual([
      ['chapter-summary', '3'],
      ['chapter-kpis', '5'],
      ['chapter-signoffs', '9'],
    ]);
  });

  it('keeps the same entries, and the same markup around the number, in both passes', () => {
    const blank = tocHtml(tocEntries(chapters));
    const filled = tocHtml(tocEntries(chapters, {summary: 3, kpis: 5, signoffs: 9}));
    expect(filled.replace(/<span class="binder-toc__page">\d+<\/span>/g, '<span class="binder-toc__page"></span>')).toBe(blank);
    expect(filled).toContain('<a href="#chapter-signoffs"><span class="binder-toc__title">Sign-offs &amp; &lt;states&gt;</span>');
  });

  it.each([
    ['a chapter the measured PDF lacks', new Map([['chapter-summary', 3], ['chapter-kpis', 5]]), 'Unexpected PDF without a destination "chapter-signoffs", expected one per chapter (chapter "Sign-offs & <states>" at /docs/handoff/signoffs)'],
    ['chapters out of order', new Map([['chapter-summary', 3], ['chapter-kpis', 8], ['chapter-signoffs', 5]]), 'Unexpected chapter "signoffs" on page 5, expected it after page 8 (chapters start on a new page, in binder order)'],
    ['two chapters on one page', new Map([['chapter-summary', 3], ['chapter-kpis', 3], ['chapter-signoffs', 5]]), 'Unexpected chapter "kpis" on page 3, expected it after page 3 (chapters start on a new page, in binder order)'],
  ])('refuses %s', (_, pages, message) => {
    expect(() => chapterPages(chapters, pages)).toThrow(message);
  });

  it('reads chapter pages from the named destinations, ignoring the others', () => {
    const pages = new Map([['chapter-summary', 3], ['summary--kpis', 4], ['chapter-kpis', 5], ['chapter-signoffs', 9]]);
    expect(chapterPages(chapters, pages)).toEqual({summary: 3, kpis: 5, signoffs: 9});
    expect(chapterAnchor(chapters[0]!)).toBe('chapter-summary');
  });

  it('refuses to fill a TOC with a chapter missing', () => {
    expect(() => tocEntries(chapters, {summary: 3})).toThrowErrorMatchingInlineSnapshot(`[Error: Unexpected chapter "kpis" missing from the measured PDF, expected a page for every chapter]`);
  });
});
