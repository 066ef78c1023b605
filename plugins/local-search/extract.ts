import {sectionOf} from '../../src/routes/table';
import type {SearchUnit} from './index-format';

/** A built page read back for indexing: its units plus the weighted text they are searched by. */
export interface ExtractedPage {
  units: {unit: SearchUnit; title: string; heading: string; body: string}[];
  /** Exact keys this page answers: from `<meta name="ax:exact">`. */
  exact: string[];
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** An attribute's value from a tag's source; the minifier drops quotes where it can, so all three forms occur. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** `<meta>` tags as name → content. */
export function metaTags(html: string): {name?: string; httpEquiv?: string; content?: string}[] {
  return [...html.matchAll(/<meta\b[^>]*>/gi)].map(([tag]) => ({name: attr(tag, 'name'), httpEquiv: attr(tag, 'http-equiv'), content: attr(tag, 'content')}));
}

/** Tags to text, with block boundaries kept as spaces so words never fuse. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/[\u200b\s]+/g, ' ').trim();
}

/** Markup that is not content: scripts, styles, diagrams, navigation and the "#" heading links. */
function stripChrome(html: string): string {
  return html
    .replace(/<(script|style|svg|nav|button|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<a\b[^>]*hash-link[^>]*>[\s\S]*?<\/a>/gi, ' ')
    .replace(/<footer\b[\s\S]*?<\/footer>/gi, ' ');
}

/** The part of the page a reader came for: the article, or the main element on custom pages. */
function contentRegion(html: string): string {
  // indexOf, not a regex: a backtracking `[\s\S]*` over every page is the slowest part of indexing.
  for (const tag of ['article', 'main']) {
    const open = html.indexOf(`<${tag}`);
    const close = html.lastIndexOf(`</${tag}>`);
    if (open >= 0 && close > open) return html.slice(html.indexOf('>', open) + 1, close);
  }
  return '';
}

function excerptOf(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/** Splits a built HTML page into a page unit and one unit per h2/h3 section. */
export function extractPage(url: string, html: string): ExtractedPage {
  const exact = metaTags(html)
    .filter((m) => m.name === 'ax:exact')
    .flatMap((m) => (m.content ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const region = stripChrome(contentRegion(html));
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(region);
  const titleTag = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = h1 ? htmlToText(h1[1]!) : htmlToText(titleTag?.[1] ?? url).replace(/ \| ax docs$/, '');
  const section = sectionOf(url);
  const headings = [...region.matchAll(/<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/gi)]
    .map((m) => ({index: m.index ?? 0, length: m[0].length, id: attr(m[2]!, 'id'), html: m[3]!}))
    .filter((h): h is typeof h & {id: string} => !!h.id);

  const units: ExtractedPage['units'] = [];
  const intro = region.slice(h1 ? (h1.index ?? 0) + h1[0].length : 0, headings[0]?.index ?? region.length);
  const introText = htmlToText(intro);
  units.push({unit: {url, title, section, excerpt: excerptOf(introText)}, title, heading: '', body: introText});
  headings.forEach((h, i) => {
    const heading = htmlToText(h.html);
    const body = htmlToText(region.slice(h.index + h.length, headings[i + 1]?.index ?? region.length));
    units.push({unit: {url: `${url}#${h.id}`, title, heading, section, excerpt: excerptOf(body)}, title: '', heading, body});
  });
  return {units, exact};
}
