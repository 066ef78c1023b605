import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import {Slugger} from './slug';
import {componentAnchors} from './component-anchors';

/** A link found on a page, located in the file. */
export interface OutlineLink {
  href: string;
  line: number;
  column: number;
}

/** What the link and anchor rules need from a page body. */
export interface Outline {
  /** Every anchor the rendered page has: heading slugs, `{#id}`s, JSX `id`s, component anchors. */
  anchors: Set<string>;
  links: OutlineLink[];
}

/**
 * One markdown-it instance for every page. Docusaurus 3 reads `.md` as MDX, where indented
 * code does not exist, so that rule is off; links are kept verbatim so lines can be found.
 */
const md = new MarkdownIt({html: true, linkify: false});
// Tables are only parsed for their links, which paragraph parsing finds just as well.
md.disable(['code', 'table', 'replacements', 'smartquotes', 'text_join']);
md.normalizeLink = (url) => url;
md.validateLink = () => true;
// Most pages have no CR or NUL to normalise; skip the two whole-text regex passes for them.
md.core.ruler.at('normalize', (state) => {
  if (state.src.includes('\r') || state.src.includes('\0')) state.src = state.src.replace(/\r\n?|\n/g, '\n').replace(/\0/g, '\uFFFD');
});
// Inline parsing is most of the cost; a paragraph with no `[` or `<` has no link or id.
md.core.ruler.at('inline', (state) => {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'inline') continue;
    if (tokens[i - 1]?.type !== 'heading_open' && !t.content.includes('[') && !t.content.includes('<')) continue;
    state.md.inline.parse(t.content, state.md, state.env, (t.children ??= []));
  }
});

const explicitId = /\s*\{#([^}\s]+)\}\s*$/;
const jsxId = /\bid=(?:"([^"]+)"|'([^']+)'|\{["'`]([^"'`]+)["'`]\})/g;
const jsxHref = /\b(?:to|href)=(?:"([^"]+)"|'([^']+)'|\{["'`]([^"'`$]+)["'`]\})/g;
const jsxComponent = /<([A-Z][A-Za-z0-9]*)\b/g;

/** Parses a page body once and returns its anchors and links, with file line numbers. */
export function outline(body: string, bodyStartLine: number): Outline {
  const tokens = md.parse(body, {});
  const lines = body.split('\n');
  const anchors = new Set<string>();
  const links: OutlineLink[] = [];
  const slugger = new Slugger();
  const locate = makeLocator(lines, bodyStartLine);

  const scanHtml = (html: string, from: number, to: number) => {
    for (const m of html.matchAll(jsxId)) anchors.add(m[1] ?? m[2] ?? m[3]!);
    for (const m of html.matchAll(jsxComponent)) for (const a of componentAnchors(m[1]!)) anchors.add(a);
    for (const m of html.matchAll(jsxHref)) links.push(locate(m[1] ?? m[2] ?? m[3]!, from, to));
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open') {
      const inline = tokens[i + 1]!;
      const text = headingText(inline.children ?? []);
      const explicit = explicitId.exec(text);
      anchors.add(explicit ? explicit[1]! : slugger.slug(text.trim()));
    } else if (t.type === 'html_block') {
      scanHtml(t.content, t.map?.[0] ?? 0, t.map?.[1] ?? lines.length);
    } else if (t.type === 'inline') {
      const [from, to] = t.map ?? [0, lines.length];
      for (const child of t.children ?? []) {
        if (child.type === 'link_open') {
          const href = child.attrGet('href');
          if (href) links.push(locate(href, from, to));
        } else if (child.type === 'html_inline') {
          scanHtml(child.content, from, to);
        }
      }
    }
  }
  return {anchors, links};
}

/** The heading's plain text as Docusaurus slugs it: text and inline code, no markup. */
function headingText(children: Token[]): string {
  let text = '';
  for (const c of children) {
    if (c.type === 'text' || c.type === 'text_special' || c.type === 'code_inline') text += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') text += ' ';
  }
  return text;
}

/** Finds each link's text in the block's lines; repeated links are found in order. */
function makeLocator(lines: string[], bodyStartLine: number) {
  const used = new Set<string>();
  return (href: string, from: number, to: number): OutlineLink => find(href, from, to) ?? find(href, 0, lines.length) ?? {href, line: bodyStartLine + from, column: 1};
  // A reference-style link's URL is on its definition line, outside the paragraph.
  function find(href: string, from: number, to: number): OutlineLink | undefined {
    for (let l = from; l < Math.min(to, lines.length); l++) {
      let col = lines[l]!.indexOf(href);
      while (col !== -1) {
        const key = `${l}:${col}`;
        if (!used.has(key)) {
          used.add(key);
          return {href, line: bodyStartLine + l, column: col + 1};
        }
        col = lines[l]!.indexOf(href, col + 1);
      }
    }
    return undefined;
  }
}
