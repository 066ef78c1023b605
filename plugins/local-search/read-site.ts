import path from 'node:path';
import {callInWorker} from '../shared/worker-call';
import type {ExtractedPage} from './extract';
import {indexedRoutes, readBuiltPages} from './read-build';

export interface ReadSiteOptions {
  exclude: readonly string[];
  baseUrl: string;
  /** From this many routes on, read half in a worker thread. */
  parallelFrom: number;
}

/**
 * Reads a built site back for indexing. Docusaurus runs postBuild on one thread after rendering,
 * with the machine's other cores idle, so a large site is read in two halves at once: one in a
 * worker thread, one here. The pages come back in the same order either way.
 */
export async function readSite(outDir: string, routes: readonly string[], o: ReadSiteOptions): Promise<ExtractedPage[]> {
  const wanted = indexedRoutes(routes, o.exclude, o.baseUrl);
  if (wanted.length < o.parallelFrom) return readBuiltPages(outDir, wanted, [], o.baseUrl);
  const cut = Math.ceil(wanted.length / 2);
  const input = {outDir, routes: wanted.slice(0, cut), exclude: [], baseUrl: o.baseUrl};
  const [first, second] = await Promise.all([
    callInWorker<typeof input, ExtractedPage[]>(path.join(__dirname, 'read-build.ts'), 'readBuiltPagesIn', input),
    readBuiltPages(outDir, wanted.slice(cut), [], o.baseUrl),
  ]);
  return [...first, ...second];
}
