import {createHash} from 'node:crypto';

/**
 * Makes a Chromium PDF reproducible. Skia stamps /CreationDate and /ModDate with the wall clock
 * (and writes an /ID when it makes one); everything else is a function of the printed document.
 * The values are rewritten in place with strings of the same length, so every xref offset of
 * the file stays valid and no PDF library is needed.
 */

const datePattern = /\/(CreationDate|ModDate) \((D:\d{14}[^)]*)\)/g;
/** Structure element IDs, `(node00003520)`: Chromium numbers them from DOM node ids, which count every node the renderer ever made. */
const nodeIdPattern = /\(node(\d+)\)/g;
const idPattern = /\/ID \[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g;

/** A PDF date as Skia writes it: `D:YYYYMMDDHHmmss+00'00'`, in UTC. */
export function pdfDate(moment: Date): string {
  const iso = moment.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

export interface PatchResult {
  pdf: Buffer;
  /** How many date, /ID and structure element ID values were rewritten. */
  dates: number;
  ids: number;
  nodeIds: number;
  /** SHA-256 of the PDF with its clock-dependent values masked: the document's identity. */
  contentHash: string;
}

/** Replaces bytes [start, start + text.length) of `pdf`, refusing a change of length. */
function overwrite(pdf: Buffer, start: number, old: string, text: string, what: string): void {
  if (text.length !== old.length) throw new Error(`Unexpected ${what} of ${old.length} characters ("${old}"), expected ${text.length} to rewrite it in place`);
  pdf.write(text, start, 'latin1');
}

/** Rewrites the dates to `moment` and the /ID to a hash of the content; returns a new buffer. */
export function makeReproducible(input: Buffer, moment: Date): PatchResult {
  const pdf = Buffer.from(input);
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = pdf.toString('latin1');
  const date = pdfDate(moment);
  let dates = 0;
  for (const m of text.matchAll(datePattern)) {
    // Keep the writer's own UTC suffix (Skia: +00'00', pdf-lib: Z), so the length stays the same.
    const suffix = m[2]!.slice(16);
    const utc = ['', 'Z', "+00'00'", "+00'00"].includes(suffix);
    overwrite(pdf, m.index + m[0].indexOf('(') + 1, m[2]!, utc ? date.slice(0, 16) + suffix : date, `/${m[1]} value`);
    dates += 1;
  }
  // Renumber structure element IDs by rank: the same document gets the same IDs however many
  // nodes the renderer made before, and the order (the IDs name tree is sorted) is kept.
  const nodeIds = [...text.matchAll(nodeIdPattern)];
  const ranks = new Map([...new Set(nodeIds.map((m) => Number(m[1])))].sort((a, b) => a - b).map((n, i) => [n, i + 1]));
  for (const m of nodeIds) {
    overwrite(pdf, m.index + 5, m[1]!, String(ranks.get(Number(m[1]))).padStart(m[1]!.length, '0'), 'structure element ID');
  }
  const ids = [...text.matchAll(idPattern)];
  const masked = Buffer.from(pdf);
  for (const m of ids) masked.fill('0'.charCodeAt(0), m.index, m.index + m[0].length);
  const contentHash = createHash('sha256').update(masked).digest('hex');
  for (const m of ids) {
    // Both halves take the content hash: a reproducible build has no "instance" of its own.
    const start = m.index + m[0].indexOf('<') + 1;
    const second = m.index + m[0].lastIndexOf('<') + 1;
    overwrite(pdf, start, m[1]!, contentHash.slice(0, m[1]!.length).toUpperCase().padEnd(m[1]!.length, '0'), '/ID half');
    overwrite(pdf, second, m[2]!, contentHash.slice(0, m[2]!.length).toUpperCase().padEnd(m[2]!.length, '0'), '/ID half');
  }
  return {pdf, dates, ids: ids.length, nodeIds: nodeIds.length, contentHash};
}
