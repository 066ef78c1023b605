import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {isMap, isScalar, isSeq, LineCounter, parseDocument} from 'yaml';

/** Moved pages, relative to the site root: `- from: /old` / `to: /new`. Read by the config and the checks. */
export const redirectsFile = 'redirects.yml';
/** Every URL ever published, one a line; `npm run permalinks:update` refreshes it at release time. */
export const permalinksFile = 'published-urls.txt';

export interface Redirect {
  from: string;
  to: string;
  line: number;
}

/** Reads the redirects file; a missing file means no redirects. Throws on a malformed one, naming the line. */
export function readRedirects(root: string): Redirect[] {
  const file = path.join(root, redirectsFile);
  if (!existsSync(file)) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), {lineCounter});
  if (doc.errors.length) throw new Error(`${redirectsFile}: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new Error(`${redirectsFile}:1: Unexpected ${typeof doc.toJS()}, expected a list of {from, to}`);
  return doc.contents.items.map((item) => {
    const line = lineCounter.linePos(item.range?.[0] ?? 0).line;
    const from: unknown = isMap(item) ? item.get('from') : undefined;
    const to: unknown = isMap(item) ? item.get('to') : undefined;
    if (typeof from !== 'string' || typeof to !== 'string' || !from.startsWith('/') || !to.startsWith('/')) {
      throw new Error(`${redirectsFile}:${line}: Unexpected entry ${JSON.stringify(isScalar(item) ? item.value : (item as {toJSON(): unknown}).toJSON())}, expected {from: /old-path, to: /new-path}`);
    }
    return {from, to, line};
  });
}

/** Reads the published-urls manifest: `{url, line}` for each URL line, comments skipped. */
export function readPermalinks(root: string): {url: string; line: number}[] | undefined {
  const file = path.join(root, permalinksFile);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({url: text.trim(), line: i + 1}))
    .filter((l) => l.url && !l.url.startsWith('#'));
}
