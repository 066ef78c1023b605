import {Marp} from '@marp-team/marp-core';
import {PDFDocument, PDFHexString, type PDFPage} from 'pdf-lib';
import type {Browser} from 'playwright-core';
import {makeReproducible} from './pdf-reproducible';
import {openPrintContext} from './print-pdf';
import {escapeHtml} from './print-html';

export interface DeckPdfOptions {
  /** The deck's Marp Markdown (deck-markdown.ts). */
  markdown: string;
  /** The PDF's title and language. */
  title: string;
  lang: string;
  /** The build moment: the PDF's dates. */
  moment: Date;
}

/**
 * One deck as a printable page: Marp Core's slides and theme. Marpit's print styles size the
 * page to the slide (1280 × 720 px) and start each slide on a page of its own. Slides are laid
 * out without Marp's inline SVG, so their headings are plain headings and become bookmarks.
 */
export function deckPrintDocument(options: DeckPdfOptions): {html: string; notes: string[]} {
  const {html, css, comments} = new Marp({inlineSVG: false}).render(options.markdown);
  const page = `<!doctype html><html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title><style>${css}</style></head><body>${html}</body></html>`;
  return {html: page, notes: comments.map((c) => c.join('\n\n'))};
}

/** A speaker note as a PDF text annotation (a note icon in the slide's corner), as Marp CLI's `--pdf-notes` adds them. */
function addNote(doc: PDFDocument, page: PDFPage, text: string): void {
  const annotation = doc.context.obj({Type: 'Annot', Subtype: 'Text', Rect: [0, 20, 20, 20], Contents: PDFHexString.fromText(text), Name: 'Note', F: 4});
  const ref = doc.context.register(annotation);
  page.node.addAnnot(ref);
}

/** Adds the speaker notes and fixes the dates; the result is the same file for the same deck and moment. */
export async function finishDeckPdf(printed: Uint8Array, notes: readonly string[], moment: Date): Promise<Buffer> {
  const doc = await PDFDocument.load(printed, {updateMetadata: false});
  if (doc.getPageCount() !== notes.length) throw new Error(`Unexpected deck PDF of ${doc.getPageCount()} pages, expected one page for each of its ${notes.length} slides`);
  doc.getPages().forEach((page, i) => {
    if (notes[i]) addNote(doc, page, notes[i]!);
  });
  doc.setCreationDate(moment);
  doc.setModificationDate(moment);
  // No object streams: makeReproducible rewrites the dates in place, which it can only do in plain objects.
  const saved = await doc.save({useObjectStreams: false, updateFieldAppearances: false});
  return makeReproducible(Buffer.from(saved), moment).pdf;
}

/**
 * Prints decks in the binder's browser: a slide per page with bookmarks from the slide titles
 * and the speaker notes as annotations. Marp CLI would start a Chromium and two Node processes
 * of its own for this; here the decks share one page of the browser the binder already uses
 * (a browser context costs about 0.4 s to open, more than printing a deck).
 */
export async function printDeckPdfs(browser: Browser, decks: readonly DeckPdfOptions[]): Promise<Buffer[]> {
  const context = await openPrintContext(browser);
  try {
    const page = await context.newPage();
    const printed: Buffer[] = [];
    for (const deck of decks) {
      const {html, notes} = deckPrintDocument(deck);
      await page.setContent(html, {waitUntil: 'load'});
      const pdf = await page.pdf({preferCSSPageSize: true, printBackground: true, tagged: true, outline: true});
      printed.push(await finishDeckPdf(pdf, notes, deck.moment));
    }
    return printed;
  } finally {
    await context.close();
  }
}
