import type {PDFDocumentProxy} from 'pdfjs-dist';

/**
 * Reads a PDF with pdfjs-dist, for the build (where each chapter starts) and for the tests
 * (bookmarks, links, text, tags). pdfjs is an ES module (its legacy build runs on Node 20):
 * the build imports this module in a worker, where `import()` reaches Node's own loader.
 */
export async function openPdf(pdf: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfjs();
  // pdfjs detaches the buffer it is handed: give it a copy.
  return pdfjs.getDocument({data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false, verbosity: 0}).promise;
}

let pdfjsLoading: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;

/**
 * Starts loading pdfjs once (about a second of module loading): the build calls it before it
 * launches the browser, so the loading overlaps the wait for Chromium.
 */
export const loadPdfjs = () => (pdfjsLoading ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

type Destination = unknown[] | null;

/** The 1-based page a destination points at, or undefined when it resolves nowhere. */
export async function destinationPage(doc: PDFDocumentProxy, dest: string | Destination | undefined): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!explicit || !explicit[0]) return undefined;
  const ref = explicit[0];
  if (typeof ref === 'number') return ref + 1;
  return (await doc.getPageIndex(ref as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
}

/** Every named destination and its page: where the links of the document can land. */
export async function destinationPages(doc: PDFDocumentProxy): Promise<Map<string, number>> {
  const named = (await doc.getDestinations()) as Record<string, Destination>;
  const pages = new Map<string, number>();
  for (const [name, dest] of Object.entries(named)) {
    const page = await destinationPage(doc, dest);
    if (page !== undefined) pages.set(name, page);
  }
  return pages;
}

export interface Bookmark {
  title: string;
  page: number | undefined;
  children: Bookmark[];
}

/** The bookmarks (outline), with the page each one opens. */
export async function bookmarks(doc: PDFDocumentProxy): Promise<Bookmark[]> {
  type Item = {title: string; dest: string | Destination; items: Item[]};
  const walk = async (items: readonly Item[]): Promise<Bookmark[]> =>
    Promise.all(items.map(async (i) => ({title: i.title, page: await destinationPage(doc, i.dest), children: await walk(i.items)})));
  return walk(((await doc.getOutline()) ?? []) as Item[]);
}

/** Each page's text, items joined by spaces. */
export async function pageTexts(doc: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return texts;
}

export interface PdfLink {
  page: number;
  /** A named or explicit destination inside the PDF. */
  dest?: string | Destination;
  url?: string;
}

/** Every link annotation, by page. */
export async function links(doc: PDFDocumentProxy): Promise<PdfLink[]> {
  const found: PdfLink[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    for (const a of (await (await doc.getPage(n)).getAnnotations()) as {subtype: string; dest?: string | Destination; url?: string; unsafeUrl?: string}[]) {
      if (a.subtype === 'Link') found.push({page: n, dest: a.dest ?? undefined, url: a.url ?? a.unsafeUrl});
    }
  }
  return found;
}
