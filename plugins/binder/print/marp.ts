import {execFile} from 'node:child_process';
import {copyFile, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {PDFDocument} from 'pdf-lib';
import {makeReproducible} from './pdf-reproducible';

const run = promisify(execFile);

/** Marp CLI's own command-line entry, run by this Node so no shell or PATH lookup is involved. */
const marpBin = () => require.resolve('@marp-team/marp-cli/marp-cli.js');

/**
 * Makes a Marp CLI PDF reproducible. Marp stamps the wall clock into compressed object streams
 * (pdf-lib's default), where nothing can be patched in place: the file is re-saved with pdf-lib
 * with the build moment as its dates and without object streams, then its structure element IDs
 * are renumbered as for the binder PDF.
 */
export async function reproducibleMarpPdf(pdf: Uint8Array, moment: Date): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, {updateMetadata: false});
  doc.setCreationDate(moment);
  doc.setModificationDate(moment);
  const saved = await doc.save({useObjectStreams: false, updateFieldAppearances: false});
  return makeReproducible(Buffer.from(saved), moment).pdf;
}

export interface MarpDeck {
  markdown: string;
  /** Where the HTML deck and the PDF go. */
  html: string;
  pdf: string;
}

async function marp(args: readonly string[], chromiumPath: string, cwd: string): Promise<void> {
  try {
    // CHROME_PATH and --browser-path both name the system Chromium: Marp never looks for, or downloads, another.
    await run(process.execPath, [marpBin(), '--no-stdin', '--browser', 'chrome', '--browser-path', chromiumPath, '--browser-timeout', '60', ...args], {
      cwd,
      env: {...process.env, CHROME_PATH: chromiumPath, PUPPETEER_SKIP_DOWNLOAD: '1'},
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as {stderr?: string; stdout?: string; message: string};
    throw new Error(`Marp CLI failed (marp ${args.join(' ')}): ${(e.stderr || e.stdout || e.message).trim()}`);
  }
}

/**
 * Renders each deck with Marp CLI into an HTML deck (presenter notes included) and a PDF
 * (notes as annotations, bookmarks per slide), the PDF made reproducible. All decks take one
 * Marp run per format, in a scratch folder, and only finished files are copied into the build.
 */
export async function renderMarpDecks(decks: readonly MarpDeck[], chromiumPath: string, moment: Date): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'binder-decks-'));
  try {
    const inputs = decks.map((_, i) => `deck-${i}.md`);
    await Promise.all(decks.map((d, i) => writeFile(path.join(work, inputs[i]!), d.markdown)));
    await Promise.all([marp(inputs, chromiumPath, work), marp(['--pdf', '--pdf-notes', '--pdf-outlines', ...inputs], chromiumPath, work)]);
    await Promise.all(
      decks.flatMap((d, i) => [
        copyFile(path.join(work, `deck-${i}.html`), d.html),
        readFile(path.join(work, `deck-${i}.pdf`)).then(async (pdf) => writeFile(d.pdf, await reproducibleMarpPdf(pdf, moment))),
      ]),
    );
  } finally {
    await rm(work, {recursive: true, force: true});
  }
}
