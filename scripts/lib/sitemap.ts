import {readFile} from 'node:fs/promises';
import path from 'node:path';

/** Every page URL in a built site's sitemap, as paths. */
export async function sitemapPaths(buildDir: string): Promise<string[]> {
  const xml = await readFile(path.join(buildDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
