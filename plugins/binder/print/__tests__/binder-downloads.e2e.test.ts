import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {unzipSync} from 'fflate';
import type {PDFDocumentProxy} from 'pdfjs-dist';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadBinderModel} from '../../../../src/binder/views/binder-model';
import type {BinderModel} from '../../../../src/binder/views/types';
import {generatedFiles} from '../../../../src/routes/table';
import {siteUrlFromEnv} from '../../../../src/site/site-url';
import {executiveDeck, trainingDeck} from '../decks';
import {bookmarks, destinationPage, links, openPdf, pageTexts, type Bookmark} from '../pdf-inspect';
import {printBinderPdf} from '../print-pdf';
import {footerText} from '../model';
import {printChapters, printModel} from '../print-model';
import {deckPptx} from '../deck-pptx';

/**
 * The binder's downloads as the build wrote them: the PDF read with pdfjs-dist, the PPTX
 * unzipped. The view model is rebuilt at the PDF's own date (the build moment), so the test
 * judges the same facts the build printed.
 */
const buildDir = path.resolve(process.env.AX_DOCS_BUILD_DIR ?? 'build');
const file = (route: string) => path.join(buildDir, route);
const publicBase = `${siteUrlFromEnv(process.env).replace(/\/$/, '')}/`;
/** Text without whitespace: pdfjs splits wrapped lines and table cells at arbitrary points. */
const squash = (s: string) => s.replace(/\s+/g, '');

let pdfBytes: Buffer;
let doc: PDFDocumentProxy;
let model: BinderModel;
let texts: string[];
let outline: Bookmark[];

/** The build moment, from the PDF's /CreationDate (written from it). */
function buildMomentOf(pdf: Buffer): string {
  const m = /\/CreationDate \(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(pdf.toString('latin1'));
  if (!m) throw new Error('Unexpected PDF without /CreationDate, expected the build moment');
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

beforeAll(async () => {
  pdfBytes = readFileSync(file(generatedFiles.binderPdf));
  doc = await openPdf(pdfBytes);
  model = await loadBinderModel({siteDir: process.cwd(), moment: buildMomentOf(pdfBytes)});
  texts = await pageTexts(doc);
  outline = await bookmarks(doc);
}, 120_000);

afterAll(async () => {
  await doc?.destroy();
});

describe('the binder PDF', () => {
  it('has every chapter in the bookmarks, in binder order, after the cover and the contents', () => {
    expect(outline.map((b) => b.title)).toEqual([model.title, 'Contents', ...model.chapters.map((c) => c.title)]);
  });

  it('prints contents page numbers equal to the bookmark pages and to where the contents links land', async () => {
    const contents = outline.find((b) => b.title === 'Contents')!;
    const toc = squash(texts[contents.page! - 1]!);
    const tocLinks = (await links(doc)).filter((l) => l.page === contents.page && l.dest);
    expect(tocLinks).toHaveLength(model.chapters.length);
    for (const [i, chapter] of model.chapters.entries()) {
      const bookmark = outline.find((b) => b.title === chapter.title)!;
      const printed = new RegExp(`${squash(chapter.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)`).exec(toc)?.[1];
      expect({chapter: chapter.title, printed: Number(printed)}).toEqual({chapter: chapter.title, printed: bookmark.page});
      await expect(destinationPage(doc, tocLinks[i]!.dest)).resolves.toBe(bookmark.page);
    }
  });

  it('resolves every internal link, and links to the site only pages the build wrote', async () => {
    const all = await links(doc);
    const internal = all.filter((l) => l.dest !== undefined);
    expect(internal.length).toBeGreaterThanOrEqual(model.chapters.length);
    for (const link of internal) expect({link, page: await destinationPage(doc, link.dest)}).toEqual({link, page: expect.any(Number)});
    for (const link of all.filter((l) => l.url?.startsWith(publicBase))) {
      const route = new URL(link.url!).pathname.replace(/\/$/, '') || '/index';
      const built = [`${route}.html`, `${route}/index.html`, route].some((p) => existsSync(path.join(buildDir, p)));
      expect({url: link.url, built}).toEqual({url: link.url, built: true});
    }
  });

  it('is tagged, with its title and language set and every font embedded', async () => {
    const raw = pdfBytes.toString('latin1');
    await expect(doc.getMarkInfo()).resolves.toMatchObject({Marked: true});
    expect(raw).toContain('/StructTreeRoot');
    const {info} = (await doc.getMetadata()) as {info: {Title?: string; Language?: string}};
    expect(info).toMatchObject({Title: model.title, Language: 'en'});
    // Every font program is embedded; a Type3 font (Skia draws some glyphs as one) carries its
    // glyphs as content streams of its own, and its descriptor has no font file to embed.
    const objects = [...raw.matchAll(/(\d+) 0 obj\n<<((?:(?!endobj)[\s\S])*?)>>\nendobj/g)];
    const type3Descriptors = new Set(objects.filter((o) => o[2]!.includes('/Subtype /Type3')).map((o) => /\/FontDescriptor (\d+) 0 R/.exec(o[2]!)?.[1]));
    const descriptors = objects.filter((o) => o[2]!.startsWith('/Type /FontDescriptor'));
    expect(descriptors.length).toBeGreaterThan(0);
    const unembedded = descriptors.filter((o) => !/\/FontFile[23]? \d+ 0 R/.test(o[2]!) && !type3Descriptors.has(o[1]));
    expect(unembedded.map((o) => /\/FontName \/(\S+)/.exec(o[2]!)?.[1])).toEqual([]);
  });

  it('says every KPI status and every domain sign-off state, each by its name', () => {
    const chapterText = (id: string) => {
      const from = outline.find((b) => b.title === model.chapters.find((c) => c.id === id)!.title)!.page!;
      const next = outline[outline.findIndex((b) => b.page === from) + 1]?.page ?? texts.length + 1;
      return squash(texts.slice(from - 1, next - 1).join(' '));
    };
    const inOrder = (text: string, pairs: [string, string][]) => {
      let at = 0;
      for (const [name, state] of pairs) {
        const n = text.indexOf(squash(name), at);
        expect({name, found: n >= 0}).toEqual({name, found: true});
        const s = text.indexOf(squash(state), n);
        expect({name, state, found: s >= 0}).toEqual({name, state, found: true});
        at = n + 1;
      }
    };
    inOrder(chapterText('kpi-scorecard'), model.views['kpi-scorecard'].rows.map((r) => [r.name, r.status]));
    inOrder(chapterText('sign-offs'), model.views['sign-offs'].rows.map((r) => [r.domainName, r.state]));
    if (model.views['sign-offs'].allUnsigned) expect(squash(texts[0]!)).toContain(squash('Nobody has signed this handoff: every domain is UNSIGNED.'));
  });

  it('is byte-identical when printed again from the same build', async () => {
    const again = await printBinderPdf({outDir: buildDir, baseUrl: '/', publicBase, chapters: printChapters(model), model: printModel(model, publicBase), moment: new Date(buildMomentOf(pdfBytes))});
    expect(again.pageCount).toBe(doc.numPages);
    expect(again.pdf.equals(pdfBytes)).toBe(true);
  }, 240_000);
});

describe('the decks', () => {
  it.each([
    ['executive', generatedFiles.executiveDeckPptx, generatedFiles.executiveDeckHtml, generatedFiles.executiveDeckPdf],
    ['training', generatedFiles.trainingDeckPptx, generatedFiles.trainingDeckHtml, generatedFiles.trainingDeckPdf],
  ] as const)('publishes the %s deck as an editable PPTX with notes, an HTML deck and a PDF', async (id, pptx, html, pdf) => {
    const deck = (id === 'executive' ? executiveDeck : trainingDeck)(printModel(model, publicBase));
    const entries = unzipSync(readFileSync(file(pptx)));
    const slides = Object.keys(entries).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deck.slides.length);
    expect(Object.keys(entries).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))).toHaveLength(deck.slides.length);
    const xml = slides.map((n) => new TextDecoder().decode(entries[n]));
    deck.slides.forEach((slide, i) => expect(xml[i]).toContain(slide.title.replace(/&/g, '&amp;')));
    if (id === 'executive') {
      expect(deck.slides.length).toBeLessThanOrEqual(15);
      expect(xml.join('')).toContain('<a:tbl>');
    }
    // Regenerated from the same view model at the same moment, the PPTX is the same file byte for byte.
    const again = await deckPptx(deck, {title: deck.title, footer: footerText(printModel(model, publicBase)), moment: new Date(model.builtAt), lang: 'en'});
    expect(again.equals(readFileSync(file(pptx)))).toBe(true);
    const page = readFileSync(file(html), 'utf8');
    expect(page).toContain(`<title>${deck.title}</title>`);
    // The PDF: a page per slide, a bookmark per slide title, the speaker notes as note annotations.
    const deckPdf = await openPdf(readFileSync(file(pdf)));
    expect(deckPdf.numPages).toBe(deck.slides.length);
    const flat = (marks: Bookmark[]): Bookmark[] => marks.flatMap((b) => [b, ...flat(b.children)]);
    expect(flat(await bookmarks(deckPdf)).map((b) => [b.title, b.page])).toEqual(deck.slides.map((s, i) => [s.title, i + 1]));
    for (const [i, slide] of deck.slides.entries()) {
      const notes = ((await (await deckPdf.getPage(i + 1)).getAnnotations()) as {subtype: string; contentsObj?: {str: string}}[]).filter((a) => a.subtype === 'Text');
      expect(notes.map((n) => n.contentsObj?.str)).toEqual([slide.notes.replace(/--/g, '- -')]);
    }
    expect(((await deckPdf.getMetadata()).info as {Title?: string}).Title).toBe(deck.title);
    await deckPdf.destroy();
  });
});
