import {createHash} from 'node:crypto';
import type {ExtractedPage} from './extract';
import {indexFiles, type SearchManifest, type SearchUnit, type TermShard} from './index-format';
import {exactKey, shardKey, tokenize} from './tokenize';

/** Field weights: a word in the title says far more about a page than one in its body. */
export const weights = {title: 10, heading: 6, body: 1, bodyCap: 5} as const;

export interface IndexSettings {
  prefixLength: number;
  unitsPerShard: number;
}

/** Every file of the index, path → JSON text, ready to write. */
export type IndexFiles = Map<string, string>;

function addTokens(acc: Map<string, number>, text: string, weight: number, cap = Infinity): void {
  for (const token of tokenize(text)) acc.set(token, Math.min((acc.get(token) ?? 0) + weight, cap));
}

/** Builds the sharded index from extracted pages; pure, so it is tested without a build. */
export function buildSearchIndex(pages: readonly ExtractedPage[], settings: IndexSettings): IndexFiles {
  const units: SearchUnit[] = [];
  const postings = new Map<string, number[]>();
  const exact: Record<string, number> = {};

  for (const page of pages) {
    const pageUnit = units.length;
    for (const key of page.exact) exact[exactKey(key)] ??= pageUnit;
    for (const u of page.units) {
      const n = units.length;
      units.push(u.unit);
      const terms = new Map<string, number>();
      addTokens(terms, u.body, weights.body, weights.bodyCap);
      addTokens(terms, u.heading, weights.heading);
      addTokens(terms, u.title, weights.title);
      for (const [term, w] of terms) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push(n, Math.round(w));
      }
    }
  }

  const shards = new Map<string, TermShard>();
  for (const [term, list] of postings) {
    const key = shardKey(term, settings.prefixLength);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {}));
    // Units were added in ascending order, so deltas are never negative.
    const flat: number[] = [];
    let prev = 0;
    for (let i = 0; i < list.length; i += 2) {
      flat.push(list[i]! - prev, list[i + 1]!);
      prev = list[i]!;
    }
    shard[term] = flat;
  }

  const files: IndexFiles = new Map();
  const hash = createHash('sha256');
  for (const key of [...shards.keys()].sort()) {
    const text = JSON.stringify(shards.get(key));
    hash.update(text);
    files.set(indexFiles.termShard(key), text);
  }
  for (let i = 0; i * settings.unitsPerShard < units.length; i++) {
    const text = JSON.stringify(units.slice(i * settings.unitsPerShard, (i + 1) * settings.unitsPerShard));
    hash.update(text);
    files.set(indexFiles.unitShard(i), text);
  }
  const manifest: SearchManifest = {
    version: 1,
    buildId: hash.update(JSON.stringify(exact)).digest('hex').slice(0, 12),
    prefixLength: settings.prefixLength,
    unitsPerShard: settings.unitsPerShard,
    unitCount: units.length,
    termShards: [...shards.keys()].sort(),
    exact,
  };
  files.set(indexFiles.manifest, JSON.stringify(manifest));
  return files;
}
