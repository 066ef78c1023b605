import type {PrintChapter} from './model';

/**
 * The printed table of contents. Chromium has no `target-counter()`, so the binder is printed
 * twice: first with every page number blank, to measure where each chapter starts, then with the
 * numbers filled in. The entries, and the width reserved for a number, are the same in both
 * passes, so filling the numbers in moves nothing.
 */

/** The anchor of a chapter's section in the print document: what TOC links and bookmarks target. */
export const chapterAnchor = (chapter: Pick<PrintChapter, 'id'>) => `chapter-${chapter.id}`;

/** Page numbers by chapter id; absent in the measuring pass. */
export type ChapterPages = Readonly<Record<string, number>>;

export interface TocEntry {
  chapter: PrintChapter;
  anchor: string;
  /** The printed page number; '' in the measuring pass. */
  page: string;
}

export function tocEntries(chapters: readonly PrintChapter[], pages?: ChapterPages): TocEntry[] {
  return chapters.map((chapter) => {
    const page = pages?.[chapter.id];
    if (pages && page === undefined) throw new Error(`Unexpected chapter "${chapter.id}" missing from the measured PDF, expected a page for every chapter`);
    return {chapter, anchor: chapterAnchor(chapter), page: page === undefined ? '' : String(page)};
  });
}

/**
 * Chapter start pages from the named destinations of the measuring print: the 1-based page of
 * each chapter's anchor. A chapter without a destination means its page failed to print.
 */
export function chapterPages(chapters: readonly PrintChapter[], destinationPages: ReadonlyMap<string, number>): Record<string, number> {
  const pages: Record<string, number> = {};
  for (const chapter of chapters) {
    const page = destinationPages.get(chapterAnchor(chapter));
    if (page === undefined) throw new Error(`Unexpected PDF without a destination "${chapterAnchor(chapter)}", expected one per chapter (chapter "${chapter.title}" at ${chapter.route})`);
    pages[chapter.id] = page;
  }
  let previous = 0;
  for (const chapter of chapters) {
    if (pages[chapter.id]! <= previous) throw new Error(`Unexpected chapter "${chapter.id}" on page ${pages[chapter.id]}, expected it after page ${previous} (chapters start on a new page, in binder order)`);
    previous = pages[chapter.id]!;
  }
  return pages;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The TOC as HTML; a blank number still takes its reserved width. */
export function tocHtml(entries: readonly TocEntry[]): string {
  const items = entries.map(
    (e) =>
      `<li><a href="#${e.anchor}"><span class="binder-toc__title">${escapeHtml(e.chapter.title)}</span><span class="binder-toc__dots" aria-hidden="true"></span><span class="binder-toc__page">${e.page}</span></a></li>`,
  );
  return `<nav class="binder-toc" aria-labelledby="contents"><h1 id="contents">Contents</h1><ol>${items.join('')}</ol></nav>`;
}
