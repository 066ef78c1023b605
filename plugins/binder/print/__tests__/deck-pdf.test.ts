import {PDFDocument, PDFName, PDFHexString, PDFArray, PDFDict} from 'pdf-lib';
import {describe, expect, it} from 'vitest';
import {deckPrintDocument, finishDeckPdf} from '../deck-pdf';

const moment = new Date('2026-12-02T10:00:00Z');

async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([960, 540]);
  return doc.save();
}

const notesOf = async (pdf: Uint8Array) => {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return annots ? annots.asArray().map((ref) => (doc.context.lookup(ref, PDFDict).lookup(PDFName.of('Contents'), PDFHexString)).decodeText()) : [];
  });
};

describe('deck PDF', () => {
  it('renders the Marp Markdown to one section per slide, with the notes apart', () => {
    const {html, notes} = deckPrintDocument({markdown: '---\nmarp: true\n---\n# One\n\n<!-- first note -->\n\n---\n\n## Two & more\n', title: 'A <deck>', lang: 'en', moment});
    expect(html.match(/<section\b/g)).toHaveLength(2);
    expect(html).toContain('<title>A &lt;deck&gt;</title>');
    expect(html).toContain('@page');
    expect(notes).toEqual(['first note', '']);
  });

  it('adds each slide\'s notes as a note annotation, none where a slide has no notes, and fixes the dates', async () => {
    const pdf = await finishDeckPdf(await blankPdf(3), ['Say hello.', '', 'Ask for questions.'], moment);
    expect(await notesOf(pdf)).toEqual([['Say hello.'], [], ['Ask for questions.']]);
    expect(pdf.toString('latin1')).toContain("/CreationDate (D:20261202100000Z)");
    expect((await finishDeckPdf(await blankPdf(3), ['Say hello.', '', 'Ask for questions.'], moment)).equals(pdf)).toBe(true);
  });

  it('refuses a print whose pages do not match the slides', async () => {
    await expect(finishDeckPdf(await blankPdf(2), ['a', 'b', 'c'], moment)).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: Unexpected deck PDF of 2 pages, expected one page for each of its 3 slides]`);
  });
});
