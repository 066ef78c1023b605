import {readFile} from 'node:fs/promises';
import {htmlFileFor} from '../shared/built-html';
import {extractPage, metaTags, type ExtractedPage} from './extract';

/**
 * The head and the article (or main) of a built page, which is all extraction reads. Slicing the
 * bytes before decoding skips the navbar and sidebar, most of every page, and most of the garbage.
 */
export function indexedPart(bytes: Buffer): string {
  const headEnd = bytes.indexOf('</head>');
  const head = bytes.subarray(0, headEnd < 0 ? 0 : headEnd + 7).toString('utf8');
  for (const tag of ['article', 'main']) {
    const open = bytes.indexOf(`<${tag}`);
    const close = bytes.lastIndexOf(`</${tag}>`);
    if (open >= 0 && close > open) return head + bytes.subarray(open, close + tag.length + 3).toString('utf8');
  }
  return head;
}

/** The routes worth reading: each once, in order, without the excluded ones. */
export function indexedRoutes(routes: readonly string[], exclude: readonly string[], baseUrl = '/'): string[] {
  return [...new Set(routes)].filter((r) => !exclude.includes(r.slice(baseUrl.length - 1))).sort();
}

/** Which built pages to read back: plain data, so a worker thread can be given it. */
export interface PagesToRead {
  outDir: string;
  /** Routes as {@link indexedRoutes} returns them; read in this order. */
  routes: readonly string[];
  baseUrl: string;
}

/** Reads the given routes back as search units; routes without HTML (redirect-only, assets) are skipped. */
export async function readPages({outDir, routes, baseUrl}: PagesToRead): Promise<ExtractedPage[]> {
  const pages: (ExtractedPage | undefined)[] = new Array(routes.length);
  // Bounded parallel reads: fast on thousands of pages without opening thousands of files at once.
  const width = 32;
  for (let start = 0; start < routes.length; start += width) {
    await Promise.all(
      routes.slice(start, start + width).map(async (route, k) => {
        const file = htmlFileFor(outDir, route.slice(baseUrl.length - 1) || '/');
        if (!file) return;
        const html = indexedPart(await readFile(file));
        // Client-side redirect pages carry a refresh meta; indexing them would duplicate their targets.
        if (metaTags(html).some((m) => m.httpEquiv?.toLowerCase() === 'refresh')) return;
        pages[start + k] = extractPage(route, html);
      }),
    );
  }
  return pages.filter((p): p is ExtractedPage => p !== undefined);
}

/** Reads every built route back, each once, in order, leaving out the excluded ones. */
export function readBuiltPages(outDir: string, routes: readonly string[], exclude: readonly string[], baseUrl = '/'): Promise<ExtractedPage[]> {
  return readPages({outDir, routes: indexedRoutes(routes, exclude, baseUrl), baseUrl});
}
