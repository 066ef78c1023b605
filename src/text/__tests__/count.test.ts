import {describe, expect, it} from 'vitest';
import {countOf, inDays, reviewSummary} from '../count';

describe('counted nouns', () => {
  it.each([
    [0, 'page', '0 pages'],
    [1, 'page', '1 page'],
    [2, 'page', '2 pages'],
    [1, 'day', '1 day'],
  ])('countOf(%i, %s) is "%s"', (n, noun, text) => expect(countOf(n, noun)).toBe(text));

  it.each([
    [0, 'This team owns no pages yet, so there is nothing to review.'],
    [1, 'Its one page is within its review interval.'],
    [7, 'All 7 pages are within their review interval.'],
  ])('reviewSummary(%i) reads "%s"', (n, text) => expect(reviewSummary(n)).toBe(text));

  it.each([
    [0, 'today'],
    [1, 'in 1 day'],
    [5, 'in 5 days'],
  ])('inDays(%i) reads "%s"', (n, text) => expect(inDays(n)).toBe(text));
});
