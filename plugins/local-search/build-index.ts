import {createHash} from 'node:crypto';
import type {ExtractedPage} from './extract';
import {indexFiles, MAX_PREFIX, type SearchManifest, type SearchUnit, type TermShard} from './index-format';
import {exactKey, shardKey, tokenize} from './tokenize';

/** Field weights: a word in the title says far more about a page than one in its body. */
export const weights = {title: 10, heading: 6, body: 1, bodyCap: 5} as const;

export interface IndexSettings {
  /** Shortest shard key. */
  prefixLength: number;
  unitsPerShard: number;
  /** A shard larger than this is split by one more character of its terms, up to {@link MAX_PREFIX}. */
  maxShardBytes: number;
}

/** Longest shard key: past this, a hot prefix stays in one shard rather than splitting forever. */

/** Postings as [unitDelta, weight, …]; units were added in ascending order, so deltas are never negative. */
function encodePostings(list: readonly number[]): number[] {
  const flat: number[] = [];
  let prev = 0;
  for (let i = 0; i < list.length; i += 2) {
    flat.push(list[i]! - prev, list[i + 1]!);
    prev = list[i]!;
  }
  return flat;
}

/**
 * Groups terms into shards by prefix, splitting any shard over the byte budget by a longer prefix,
 * so common prefixes ("pl", "co") do not make the first query's download grow with the site.
 */
export function splitIntoShards(terms: readonly string[], length: number, maxBytes: number, encode: (term: string) => number[]): Map<string, TermShard> {
  const groups = new Map<string, string[]>();
  for (const term of terms) {
    const key = shardKey(term, length);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(term);
  }
  const out = new Map<string, TermShard>();
  for (const [key, group] of groups) {
    const shard: TermShard = Object.fromEntries(group.map((t) => [t, encode(t)]));
    const splittable = length < MAX_PREFIX && group.length > 1 && group.some((t) => t.length > length);
    if (splittable && JSON.stringify(shard).length > maxBytes) {
      for (const [k, v] of splitIntoShards(group, length + 1, maxBytes, encode)) out.set(k, v);
    } else {
      out.set(key, shard);
    }
  }
  return out;
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

  const shards = splitIntoShards([...postings.keys()].sort(), settings.prefixLength, settings.maxShardBytes, (term) => encodePostings(postings.get(term)!));
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
