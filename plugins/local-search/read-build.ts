import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {extractPage, metaTags, type ExtractedPage} from './extract';

/** The HTML file a route was written to, with or without trailing-slash folders. */
export function htmlFileFor(outDir: string, route: string): string | undefined {
  const clean = route.replace(/\/$/, '');
  const candidates = [path.join(outDir, `${clean}.html`), path.join(outDir, clean, 'index.html')];
  return candidates.find((f) => existsSync(f));
}

/** Reads every built route back as search units; routes without HTML (redirect-only, assets) are skipped. */
export async function readBuiltPages(outDir: string, routes: readonly string[], exclude: readonly string[], baseUrl = '/'): Promise<ExtractedPage[]> {
  const wanted = [...new Set(routes)].filter((r) => !exclude.includes(r.slice(baseUrl.length - 1))).sort();
  const pages: (ExtractedPage | undefined)[] = new Array(wanted.length);
  // Bounded parallel reads: fast on thousands of pages without opening thousands of files at once.
  const width = 32;
  for (let start = 0; start < wanted.length; start += width) {
    await Promise.all(
      wanted.slice(start, start + width).map(async (route, k) => {
        const file = htmlFileFor(outDir, route.slice(baseUrl.length - 1) || '/');
        if (!file) return;
        const html = await readFile(file, 'utf8');
        // Client-side redirect pages carry a refresh meta; indexing them would duplicate their targets.
        if (metaTags(html).some((m) => m.httpEquiv?.toLowerCase() === 'refresh')) return;
        pages[start + k] = extractPage(route, html);
      }),
    );
  }
  return pages.filter((p): p is ExtractedPage => p !== undefined);
}
