import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {generatedFiles} from '../../../src/routes/table';
import {deckMarkdown} from './deck-markdown';
import {deckPptx} from './deck-pptx';
import {executiveDeck, trainingDeck, type Deck} from './decks';
import {printDeckPdf} from './deck-pdf';
import {renderMarpHtmlDecks} from './marp';
import type {BinderModel} from '../../../src/binder/views/types';
import {footerText} from './model';
import {printChapters, printModel} from './print-model';
import {ensureChromium} from '../../../scripts/lib/chromium';
import {launchPrintBrowser, printBinderPdf} from './print-pdf';


export interface BinderDownloadsOptions {
  /** The built site, where the downloads are written. */
  outDir: string;
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

export interface BinderDownloads {
  /** Written files, as routes below the site root. */
  files: string[];
  pdfPages: number;
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
 * Writes the binder's downloads into the built site: the PDF printed from the built chapter
 * pages, and the executive and training decks as HTML, PDF and PPTX. Runs in every build, so the
 * binder pages never link a file the build did not write; any failure fails the build.
 */
export async function writeBinderDownloads(options: BinderDownloadsOptions): Promise<BinderDownloads> {
  const started = performance.now();
  const out = (route: string) => path.join(options.outDir, route);
  const publicBase = `${options.siteUrl.replace(/\/$/, '')}${options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`}`;
  const model = printModel(options.model, publicBase);
  const chapters = printChapters(options.model);
  const footer = footerText(model);
  const decks = [executiveDeck(model), trainingDeck(model)];
  await mkdir(path.dirname(out(generatedFiles.binderPdf)), {recursive: true});
  const chromiumPath = ensureChromium(options.log);
  const browser = await launchPrintBrowser(chromiumPath);
  try {
    // Marp CLI writes the HTML decks while the browser prints the binder.
    const htmlStarted = performance.now();
    const markdown = new Map(decks.map((d) => [d.id, deckMarkdown(d, {lang, title: d.title, footer})]));
    const htmlDone = renderMarpHtmlDecks(decks.map((d) => ({markdown: markdown.get(d.id)!, html: out(deckFiles[d.id].html)}))).then(() =>
      options.log(`binder: rendered ${decks.length} HTML decks with Marp CLI in ${seconds(htmlStarted).toFixed(1)} s`),
    );
    // Awaited below; until then a failure must not surface as an unhandled rejection.
    htmlDone.catch(() => undefined);
    const pdfStarted = performance.now();
    const printed = await printBinderPdf({outDir: options.outDir, baseUrl: options.baseUrl, publicBase, chapters, model, moment: options.moment, browser});
    await writeFile(out(generatedFiles.binderPdf), printed.pdf);
    options.log(`binder: printed PDF (${printed.pageCount} pages) in ${seconds(pdfStarted).toFixed(1)} s`);
    const decksStarted = performance.now();
    for (const deck of decks) {
      await writeFile(out(deckFiles[deck.id].pdf), await printDeckPdf(browser, {markdown: markdown.get(deck.id)!, title: deck.title, lang, moment: options.moment}));
      await writeFile(out(deckFiles[deck.id].pptx), await deckPptx(deck, {title: deck.title, footer, moment: options.moment, lang}));
    }
    options.log(`binder: printed ${decks.length} deck PDFs with Marp Core and wrote their PPTX (${decks.map((d) => `${d.slides.length} slides`).join(', ')}) in ${seconds(decksStarted).toFixed(1)} s`);
    await htmlDone;
    const files = [generatedFiles.binderPdf, ...decks.flatMap((d) => Object.values(deckFiles[d.id]))];
    const total = seconds(started);
    options.log(`binder: wrote ${files.length} downloads in ${total.toFixed(1)} s`);
    return {files, pdfPages: printed.pageCount, seconds: total};
  } catch (error) {
    throw new Error(`binder: could not write the binder downloads (PDF and slides): ${(error as Error).message}`, {cause: error});
  } finally {
    await browser.close();
  }
}

/** What the build hands the worker: plain data, so it survives structured cloning. */
export interface BinderDownloadsJob {
  outDir: string;
  siteDir: string;
  baseUrl: string;
  siteUrl: string;
  /** The build moment, ISO datetime. */
  moment: string;
  model: BinderModel;
}

/**
 * Entry point of the worker the binder plugin's postBuild starts (plugins/shared/worker-call).
 * It runs there, not on Docusaurus's thread, because pdfjs-dist and Marp are ES modules that the
 * build's own module loader cannot import; the progress lines come back with the result, since a
 * worker's console output may be cut off when it ends.
 */
export async function runBinderDownloads(job: BinderDownloadsJob): Promise<BinderDownloads & {lines: string[]}> {
  const lines: string[] = [];
  const done = await writeBinderDownloads({...job, moment: new Date(job.moment), log: (line) => lines.push(line)});
  return {...done, lines};
}
