import path from 'node:path';
import {callInWorker} from '../shared/worker-call';
import type {ExtractedPage} from './extract';
import {indexedRoutes, readPages, type PagesToRead} from './read-build';

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
  if (wanted.length < o.parallelFrom) return readPages({outDir, routes: wanted, baseUrl: o.baseUrl});
  const cut = Math.ceil(wanted.length / 2);
  const [first, second] = await Promise.all([
    callInWorker<PagesToRead, ExtractedPage[]>(path.join(__dirname, 'read-build.ts'), 'readPages', {outDir, routes: wanted.slice(0, cut), baseUrl: o.baseUrl}),
    readPages({outDir, routes: wanted.slice(cut), baseUrl: o.baseUrl}),
  ]);
  return [...first, ...second];
}
