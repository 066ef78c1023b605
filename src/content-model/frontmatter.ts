import {isMap, isScalar, LineCounter, parseDocument, type Document} from 'yaml';
import {parseFastYaml} from './fast-yaml';

/** A page's front matter, parsed, with what it takes to point at a field's line. */
export interface ParsedFrontmatter {
  /** The parsed YAML mapping, or `{}` when the page has none. */
  data: Record<string, unknown>;
  /** Whether the page has a front matter block at all. */
  present: boolean;
  /** 1-based line of the first body line after the closing `---`. */
  bodyStartLine: number;
  /** The body text after the front matter. */
  body: string;
  /** YAML syntax errors, with 1-based positions in the file. */
  errors: {line: number; column: number; message: string}[];
  /** 1-based line and column of a top-level field's value (or key), if present. */
  position(field: string): {line: number; column: number} | undefined;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits and parses front matter, keeping line numbers relative to the whole file. */
export function parseFrontmatter(source: string): ParsedFrontmatter {
  const open = OPEN.exec(source);
  const close = open ? CLOSE.exec(source.slice(open[0].length - 1)) : null;
  if (!open || !close) {
    return {data: {}, present: false, bodyStartLine: 1, body: source, errors: [], position: () => undefined};
  }
  const yamlStart = open[0].length;
  const yamlEnd = open[0].length - 1 + close.index;
  const yamlText = source.slice(yamlStart, yamlEnd);
  const afterClose = open[0].length - 1 + close.index + close[0].length;
  const bodyStartLine = countLines(source.slice(0, afterClose)) + 1;
  const fast = parseFastYaml(yamlText);
  if (fast) {
    return {
      data: fast.data,
      present: true,
      bodyStartLine,
      body: source.slice(afterClose),
      errors: [],
      position(field) {
        const pos = fast.positions.get(field);
        return pos && {line: pos.line + 1, column: pos.column};
      },
    };
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, {lineCounter, prettyErrors: false, uniqueKeys: true});
  const errors = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {line: pos.line + 1, column: pos.col, message: e.message.split('\n')[0]!};
  });
  const json = errors.length ? {} : doc.toJS();
  const data = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  return {
    data,
    present: true,
    bodyStartLine,
    body: source.slice(afterClose),
    errors,
    position(field) {
      if (!isMap(doc.contents)) return undefined;
      const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
      const key = pair?.key as {range?: [number, number, number]} | undefined;
      const value = pair?.value as {range?: [number, number, number]} | undefined;
      if (!key?.range) return undefined;
      const keyPos = lineCounter.linePos(key.range[0]);
      const valuePos = value?.range && lineCounter.linePos(value.range[0]);
      // The value's column when it sits on the key's line; the key itself for a block below it.
      const pos = valuePos && valuePos.line === keyPos.line ? valuePos : keyPos;
      return {line: pos.line + 1, column: pos.col};
    },
  };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
