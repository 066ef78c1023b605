import {chromium, type Browser, type BrowserContext} from 'playwright-core';
import {chromiumArgs, ensureChromium} from '../../../scripts/lib/chromium';
import {startStaticServer} from '../../../scripts/lib/static-server';
import {extractChapters} from './extract-chapters';
import type {BinderPrintModel, PrintChapter} from './model';
import {destinationPages, openPdf} from './pdf-inspect';
import {makeReproducible} from './pdf-reproducible';
import {printDocumentHtml, type PrintDocument} from './print-html';
import {chapterPages, type ChapterPages} from './toc';

export interface PrintPdfOptions {
  /** The built site. */
  outDir: string;
  baseUrl: string;
  /** Public origin and base the PDF's links to other pages of the site point at. */
  publicBase: string;
  chapters: readonly PrintChapter[];
  model: BinderPrintModel;
  /** The build moment: the PDF's dates. */
  moment: Date;
  /** A browser to reuse (the decks print with it too); one is launched otherwise. */
  browser?: Browser;
  /** A print context of that browser opened ahead (openPrintContext), so printing need not wait for one. */
  context?: BrowserContext;
}

export interface PrintedPdf {
  pdf: Buffer;
  pageCount: number;
  chapterPages: ChapterPages;
  contentHash: string;
}

/** The path the combined document is served at while printing; never written to the build. */
const printPath = '/__binder-print.html';

export const launchPrintBrowser = (executablePath = ensureChromium()) => chromium.launch({executablePath, args: chromiumArgs});

/** The context the binder prints in: light, still, and without scripts (the pages print as the server rendered them). */
export const openPrintContext = (browser: Browser) => browser.newContext({colorScheme: 'light', reducedMotion: 'reduce', javaScriptEnabled: false});

/**
 * Prints the binder: serves the build, takes each chapter from its built page, assembles one
 * document, prints it once to measure where chapters start, fills the TOC and prints again.
 * The second print must put every chapter where the first did; then dates and ID are fixed.
 */
export async function printBinderPdf(options: PrintPdfOptions): Promise<PrintedPdf> {
  const server = await startStaticServer(options.outDir);
  const browser = options.browser ?? (await launchPrintBrowser());
  try {
    const context = options.context ?? (await openPrintContext(browser));
    const page = await context.newPage();
    const {bodies, stylesheets} = await extractChapters(page, {outDir: options.outDir, origin: server.url, baseUrl: options.baseUrl, publicBase: options.publicBase, chapters: options.chapters});
    // The measuring pass only needs where each chapter starts: untagged and without bookmarks,
    // Chromium prints it in about two thirds of the time, with the same layout.
    const print = async (doc: PrintDocument, final: boolean) => {
      const html = printDocumentHtml(doc);
      await page.unroute('**/__binder-print.html');
      await page.route('**/__binder-print.html', (route) => route.fulfill({status: 200, contentType: 'text/html; charset=utf-8', body: html}));
      await page.goto(`${server.url}${printPath}`, {waitUntil: 'load'});
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: final, outline: final, displayHeaderFooter: false});
      const parsed = await openPdf(pdf);
      try {
        return {pdf, pageCount: parsed.numPages, pages: chapterPages(options.chapters, await destinationPages(parsed))};
      } finally {
        await parsed.destroy();
      }
    };
    const base = {model: options.model, chapters: bodies, stylesheets};
    const measured = await print(base, false);
    const final = await print({...base, pages: measured.pages}, true);
    for (const chapter of options.chapters) {
      if (final.pages[chapter.id] !== measured.pages[chapter.id]) {
        throw new Error(`Unexpected chapter "${chapter.id}" on page ${final.pages[chapter.id]} after filling the contents, expected page ${measured.pages[chapter.id]} as measured`);
      }
    }
    const reproducible = makeReproducible(final.pdf, options.moment);
    await context.close();
    return {pdf: reproducible.pdf, pageCount: final.pageCount, chapterPages: final.pages, contentHash: reproducible.contentHash};
  } finally {
    if (!options.browser) await browser.close();
    await server.close();
  }
}
