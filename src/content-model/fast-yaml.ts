/**
 * A fast path for the plain front matter nearly every page has: top-level `key: scalar`
 * lines and block lists of scalars. Anything else (flow collections, block scalars,
 * anchors, tags, comments after values, escapes, nesting) returns undefined and the caller
 * uses the full YAML parser, so results never differ from it. This halves the check's time
 * on large trees, where the YAML library dominated.
 */
export interface FastYaml {
  data: Record<string, unknown>;
  /** 1-based line and column within the YAML text: the value's, or the key's for a block list. */
  positions: Map<string, {line: number; column: number}>;
}

const keyLine = /^([A-Za-z_][\w-]*):(?:([ \t]+)(.*))?$/;
const listItem = /^( {0,8})- (.*)$/;
const unsafeStart = /^[[\]{}&*!|>%@`?,]|^- |^-$/;
const intPattern = /^[-+]?[0-9]+$/;
const floatPattern = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const FALLBACK = Symbol('fallback');

function scalar(raw: string): unknown {
  const text = raw.trimEnd();
  if (text === '' || text === '~' || /^(?:null|Null|NULL)$/.test(text)) return null;
  if (text.includes(' #') || text.includes('\t#') || text.startsWith('#') || unsafeStart.test(text)) return FALLBACK;
  if (text.startsWith('"')) {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith('"') && !/["\\]/.test(inner) ? inner : FALLBACK;
  }
  if (text.startsWith("'")) {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith("'") && !/'(?!')/.test(inner.replace(/''/g, '')) ? inner.replace(/''/g, "'") : FALLBACK;
  }
  if (text.includes(': ') || text.endsWith(':')) return FALLBACK;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (intPattern.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : FALLBACK;
  }
  if (floatPattern.test(text)) return Number(text);
  if (/^(?:0x|0o|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$)/.test(text)) return FALLBACK;
  return text;
}

/** Parses plain front matter, or returns undefined when only the full parser will do. */
export function parseFastYaml(text: string): FastYaml | undefined {
  if (text.includes('\r') || text.includes('\t')) return undefined;
  const lines = text.split('\n');
  const data: Record<string, unknown> = {};
  const positions = new Map<string, {line: number; column: number}>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = keyLine.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    if (key in data) return undefined;
    const rest = m[3] ?? '';
    if (rest.trim() !== '') {
      const value = scalar(rest);
      if (value === FALLBACK) return undefined;
      data[key] = value;
      positions.set(key, {line: i + 1, column: key.length + 1 + (m[2]?.length ?? 0) + 1});
      continue;
    }
    const items: unknown[] = [];
    let indent: string | undefined;
    while (i + 1 < lines.length) {
      const item = listItem.exec(lines[i + 1]!);
      if (!item) break;
      if (indent !== undefined && item[1] !== indent) return undefined;
      indent = item[1]!;
      const value = scalar(item[2]!);
      if (value === FALLBACK || item[2]!.trim() === '') return undefined;
      items.push(value);
      i++;
    }
    data[key] = items.length ? items : null;
    positions.set(key, {line: i + 1 - items.length, column: 1});
  }
  return {data, positions};
}
