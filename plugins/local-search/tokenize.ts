/**
 * Tokenising shared by the index builder (Node) and the search box (browser): both sides must
 * split text identically or exact matches silently stop matching. No Node imports here.
 */

/** Words too common to help ranking; leaving them out keeps shards small. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have if in into is it its of on or so than that the then there these this to was were which will with you your'.split(' '),
);

/** Lower-cases and splits on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= 2 && t.length <= 40 && !STOP_WORDS.has(t));
}

/** The key exact matches are stored under: an error id or a command, whitespace and case folded. */
export function exactKey(text: string): string {
  const folded = text.trim().toLowerCase().replace(/\s+/g, ' ');
  // "AX-1042" and "ax 1042" are the same error id as "AX1042".
  const id = /^([a-z]{2})[- ]?(\d{3,5})$/.exec(folded);
  return id ? `${id[1]}${id[2]}` : folded;
}

/** Terms are spread over shards by their first characters, so a query fetches only the shards its terms need. */
export function shardKey(term: string, prefixLength: number): string {
  return term.slice(0, prefixLength).replace(/[^a-z0-9]/g, '_').padEnd(prefixLength, '_');
}
