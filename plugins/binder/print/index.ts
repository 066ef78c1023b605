import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import type {Browser} from 'playwright-core';
import {generatedFiles} from '../../../src/routes/table';
import {deckMarkdown} from './deck-markdown';
import {deckPptx} from './deck-pptx';
import {executiveDeck, trainingDeck, type Deck} from './decks';
import {printDeckPdfs} from './deck-pdf';
import {renderMarpHtmlDecks} from './marp';
import type {BinderModel} from '../../../src/binder/views/types';
import {footerText} from './model';
import {printChapters, printModel} from './print-model';
import {ensureChromium} from '../../../scripts/lib/chromium';
import {loadPdfjs} from './pdf-inspect';
import {launchPrintBrowser, openPrintContext, printBinderPdf} from './print-pdf';

export interface BinderDownloadsOptions {
  siteDir: string;
  /** The site's baseUrl, e.g. `/`. */
  baseUrl: string;
  /** The site's public origin (siteConfig.url): links in the PDF and decks to other pages point there. */
  siteUrl: string;
  /** The build moment (plugins/shared/build-moment.ts): the files' dates. */
  moment: Date;
  /** The binder's view model (src/binder/views): its chapters, in order, are built pages already. */
  model: BinderModel;
  log: (line: string) => void;
}

/** Where the built site is, once it is: sent after the pages are rendered. */
export interface BinderOutput {
  outDir: string;
}

export interface BinderDownloads {
  /** Written files, as routes below the site root. */
  files: string[];
  pdfPages: number;
  /** Seconds from the built site's arrival to the last file written: what the downloads add to the build. */
  seconds: number;
}

const lang = 'en';
const seconds = (since: number) => (performance.now() - since) / 1000;

/** The route-table paths of each deck's three formats. */
export const deckFiles: Readonly<Record<Deck['id'], {html: string; pdf: string; pptx: string}>> = {
  executive: {html: generatedFiles.executiveDeckHtml, pdf: generatedFiles.executiveDeckPdf, pptx: generatedFiles.executiveDeckPptx},
  training: {html: generatedFiles.trainingDeckHtml, pdf: generatedFiles.trainingDeckPdf, pptx: generatedFiles.trainingDeckPptx},
};

/**
 * The decks in all three formats, by route: they come from the view models alone, so they are
 * made while the site is still being built (Marp CLI's HTML beside the browser's PDFs).
 */
async function renderDecks(browser: Browser, decks: readonly Deck[], options: BinderDownloadsOptions, footer: string): Promise<Map<string, string | Uint8Array>> {
  const started = performance.now();
  const markdown = decks.map((d) => deckMarkdown(d, {lang, title: d.title, footer}));
  const [html, pdfs, pptx] = await Promise.all([
    renderMarpHtmlDecks(markdown),
    printDeckPdfs(browser, decks.map((d, i) => ({markdown: markdown[i]!, title: d.title, lang, moment: options.moment}))),
    Promise.all(decks.map((d) => deckPptx(d, {title: d.title, footer, moment: options.moment, lang}))),
  ]);
  options.log(`binder: rendered ${decks.length} decks as HTML (Marp CLI), PDF (Marp Core) and PPTX (${decks.map((d) => `${d.slides.length} slides`).join(', ')}) in ${seconds(started).toFixed(1)} s`);
  return new Map<string, string | Uint8Array>(decks.flatMap((d, i): [string, string | Uint8Array][] => [[deckFiles[d.id].html, html[i]!], [deckFiles[d.id].pdf, pdfs[i]!], [deckFiles[d.id].pptx, pptx[i]!]]));
}

/**
 * Writes the binder's downloads into the built site: the PDF printed from the built chapter
 * pages, and the executive and training decks as HTML, PDF and PPTX. Runs in every build, so the
 * binder pages never link a file the build did not write; any failure fails the build. Starts
 * the browser and the decks at once, and prints the PDF when `output` says the site is built.
 */
export async function writeBinderDownloads(options: BinderDownloadsOptions, output: Promise<BinderOutput>): Promise<BinderDownloads> {
  const publicBase = `${options.siteUrl.replace(/\/$/, '')}${options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`}`;
  const model = printModel(options.model, publicBase);
  const chapters = printChapters(options.model);
  const footer = footerText(model);
  const decks = [executiveDeck(model), trainingDeck(model)];
  // pdfjs loads while Chromium starts; the PDF's page count and chapter pages are read with it.
  loadPdfjs().catch(() => undefined);
  const browser = await launchPrintBrowser(ensureChromium(options.log));
  try {
    const deckFilesDone = renderDecks(browser, decks, options, footer);
    // Awaited below, once the site is built; until then a failure must not surface as an unhandled rejection.
    deckFilesDone.catch(() => undefined);
    // The print context opens ahead too: a browser context takes about 0.4 s to open.
    const context = await openPrintContext(browser);
    const {outDir} = await output;
    const started = performance.now();
    const out = (route: string) => path.join(outDir, route);
    await mkdir(path.dirname(out(generatedFiles.binderPdf)), {recursive: true});
    const printed = await printBinderPdf({outDir, baseUrl: options.baseUrl, publicBase, chapters, model, moment: options.moment, browser, context});
    options.log(`binder: printed PDF (${printed.pageCount} pages) in ${seconds(started).toFixed(1)} s`);
    const files = new Map<string, string | Uint8Array>([[generatedFiles.binderPdf, printed.pdf], ...(await deckFilesDone)]);
    await Promise.all([...files].map(([route, data]) => writeFile(out(route), data)));
    const total = seconds(started);
    options.log(`binder: wrote ${files.size} downloads ${total.toFixed(1)} s after the site was built`);
    return {files: [...files.keys()], pdfPages: printed.pageCount, seconds: total};
  } catch (error) {
    throw new Error(`binder: could not write the binder downloads (PDF and slides): ${(error as Error).message}`, {cause: error});
  } finally {
    await browser.close();
  }
}

/** What the build hands the worker: plain data, so it survives structured cloning. */
export interface BinderDownloadsJob {
  siteDir: string;
  baseUrl: string;
  siteUrl: string;
  /** The build moment, ISO datetime. */
  moment: string;
  model: BinderModel;
}

/**
 * Entry point of the worker the binder plugin starts once the view models exist (plugins/shared/worker-call).
 * It runs there, not on Docusaurus's thread, because pdfjs-dist and Marp are ES modules that the
 * build's own module loader cannot import; the progress lines come back with the result, since a
 * worker's console output may be cut off when it ends.
 */
export async function runBinderDownloads(job: BinderDownloadsJob, output: Promise<BinderOutput>): Promise<BinderDownloads & {lines: string[]}> {
  const lines: string[] = [];
  const done = await writeBinderDownloads({...job, moment: new Date(job.moment), log: (line) => lines.push(line)}, output);
  return {...done, lines};
}
