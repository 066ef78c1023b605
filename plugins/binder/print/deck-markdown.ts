import type {Deck, Slide} from './decks';

/**
 * A deck as Marp Markdown: Marp CLI turns it into the HTML deck and the PDF. Speaker notes are
 * HTML comments, which Marp keeps as presenter notes. Text from the data is escaped, so a `|`
 * or `*` in a KPI name stays text.
 */

/** Escapes Markdown's inline syntax and HTML. */
export const escapeMarkdown = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/&/g, '&amp;');

/** Notes may hold anything but the end of an HTML comment. */
const escapeNote = (s: string) => s.replace(/--/g, '- -');

function slideMarkdown(slide: Slide, first: boolean): string {
  const parts = [`${first ? '#' : '##'} ${escapeMarkdown(slide.title)}`];
  if (slide.lead) parts.push(escapeMarkdown(slide.lead));
  if (slide.bullets?.length) parts.push(slide.bullets.map((b) => `- ${escapeMarkdown(b)}`).join('\n'));
  if (slide.table) {
    const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
    parts.push([row(slide.table.head), `| ${slide.table.head.map(() => '---').join(' | ')} |`, ...slide.table.rows.map(row)].join('\n'));
  }
  parts.push(`<!--\n${escapeNote(slide.notes)}\n-->`);
  return parts.join('\n\n');
}

/** The deck's Markdown: front matter, then one section per slide. */
export function deckMarkdown(deck: Deck, options: {lang: string; title: string; footer: string}): string {
  const front = ['---', 'marp: true', 'theme: default', 'paginate: true', 'size: 16:9', `lang: ${options.lang}`, `title: ${JSON.stringify(options.title)}`, `footer: ${JSON.stringify(options.footer)}`, 'style: |', '  section { font-size: 26px; }', '  table { font-size: 20px; }', '---'];
  return `${front.join('\n')}\n\n${deck.slides.map((s, i) => slideMarkdown(s, i === 0)).join('\n\n---\n\n')}\n`;
}
