import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {SearchIndex} from '../../plugins/local-search/query';

/** Queries a reader might type first: a common word, a command, two words, an area. */
export const sampleQueries = ['plugin', 'ax plugin init', 'marketplace stats', 'runtime scaling', 'token'];

export interface QueryCost {
  query: string;
  files: number;
  bytes: number;
}

/** What each sample query downloads from a cold cache, measured against a built index folder. */
export async function firstQueryCosts(indexDir: string, queries = sampleQueries): Promise<QueryCost[]> {
  const costs: QueryCost[] = [];
  for (const query of queries) {
    let files = 0;
    let bytes = 0;
    const index = await SearchIndex.open(async <T,>(file: string) => {
      const text = await readFile(path.join(indexDir, file.replace(/\?.*$/, '')), 'utf8');
      files += 1;
      bytes += Buffer.byteLength(text);
      return JSON.parse(text) as T;
    });
    await index.search(query);
    costs.push({query, files, bytes});
  }
  return costs;
}
