/**
 * Counted nouns for page text: "1 page", "2 pages", never "1 pages". Zero is the caller's to
 * word, since "All 0 pages are fresh" is true but says nothing; {@link reviewSummary} shows how.
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A team's line on the doc health page when none of its pages is stale or due soon. */
export function reviewSummary(pages: number): string {
  if (pages === 0) return 'This team owns no pages yet, so there is nothing to review.';
  if (pages === 1) return 'Its one page is within its review interval.';
  return `All ${pages} pages are within their review interval.`;
}

/** "in 3 days", "in 1 day", "today": when a page falls due. */
export function inDays(days: number): string {
  return days === 0 ? 'today' : `in ${countOf(days, 'day')}`;
}
