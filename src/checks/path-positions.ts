import {isNode, LineCounter, parseDocument} from 'yaml';
import type {IssuePath, SourcePosition} from './zod-finding';

/**
 * Where each value of a JSON or YAML text is written, by key path: the `lineOf` of
 * {@link import('./zod-finding').zodIssuesToFindings}. JSON is read as YAML 1.2, of which it
 * is a subset, so one parser with positions serves both. The text is parsed on first use.
 */
export function pathPositions(text: string): (path: IssuePath) => SourcePosition | undefined {
  let parsed: {doc: ReturnType<typeof parseDocument>; lines: LineCounter} | undefined;
  return (path) => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = {doc: parseDocument(text, {lineCounter: lines, prettyErrors: false}), lines};
    }
    const {doc, lines} = parsed;
    const node = path.length ? doc.getIn(path.map((k) => (typeof k === 'symbol' ? String(k) : k)), true) : doc.contents;
    const start = isNode(node) ? node.range?.[0] : undefined;
    if (start === undefined) return undefined;
    const pos = lines.linePos(start);
    return {line: pos.line, column: pos.col};
  };
}
