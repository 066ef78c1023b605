import PptxGenJS from 'pptxgenjs';
import type {Deck, Slide} from './decks';
import {reproducibleOfficeZip} from './zip-reproducible';

/**
 * A deck as an editable PowerPoint file: real text boxes, native tables and speaker notes
 * (Marp's own PPTX is a picture per slide). Fixed-size 16:9 layout; a long table shrinks its
 * font rather than run off the slide.
 */

const font = 'Liberation Sans';
const ink = '1B1B1B';
const accent = '0B4F8A';

function addSlide(pptx: PptxGenJS, slide: Slide, footer: string, first: boolean, lang: string): void {
  const s = pptx.addSlide();
  s.addText(slide.title, {x: 0.5, y: first ? 2.0 : 0.35, w: 12.3, h: first ? 1.2 : 0.8, fontFace: font, lang, fontSize: first ? 36 : 28, bold: true, color: accent});
  let y = first ? 3.3 : 1.25;
  if (slide.lead) {
    s.addText(slide.lead, {x: 0.5, y, w: 12.3, h: 0.6, fontFace: font, lang, fontSize: 18, color: ink});
    y += 0.7;
  }
  if (slide.bullets?.length) {
    const h = Math.min(5.6 - (y - 1.25), 0.45 * slide.bullets.length + 0.3);
    s.addText(
      slide.bullets.map((b) => ({text: b, options: {bullet: true, breakLine: true}})),
      {x: 0.5, y, w: 12.3, h, fontFace: font, lang, fontSize: slide.bullets.length > 8 ? 14 : 18, color: ink, valign: 'top'},
    );
    y += h + 0.2;
  }
  if (slide.table) {
    const size = slide.table.rows.length > 8 ? 11 : 14;
    const header = slide.table.head.map((text) => ({text, options: {bold: true, fill: {color: 'E8EEF5'}}}));
    const rows = slide.table.rows.map((r) => r.map((text) => ({text})));
    s.addTable([header, ...rows], {x: 0.5, y, w: 12.3, fontFace: font, lang, fontSize: size, color: ink, border: {type: 'solid', pt: 0.5, color: '888888'}, autoPage: false});
  }
  s.addText(footer, {x: 0.5, y: 7.0, w: 12.3, h: 0.35, fontFace: font, lang, fontSize: 10, color: '555555'});
  s.addNotes(slide.notes);
}

export async function deckPptx(deck: Deck, options: {title: string; footer: string; moment: Date; lang: string}): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = options.title;
  pptx.subject = options.footer;
  pptx.author = 'ax docs build';
  pptx.company = 'ax';
  pptx.theme = {headFontFace: font, bodyFontFace: font};
  deck.slides.forEach((slide, i) => addSlide(pptx, slide, options.footer, i === 0, options.lang));
  const written = (await pptx.write({outputType: 'uint8array'})) as Uint8Array;
  return reproducibleOfficeZip(written, options.moment);
}
