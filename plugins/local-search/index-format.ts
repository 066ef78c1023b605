/** The on-disk search index, written by `postBuild` and read by the search box. Shared types only. */

/** Longest shard key: a crowded shard is split by one more character of its terms, up to this length. */
export const MAX_PREFIX = 6;

/** One searchable unit: a page, or a section of it under a heading. */
export interface SearchUnit {
  /** Site-relative URL, with `#anchor` for sections. */
  url: string;
  /** Page title. */
  title: string;
  /** Section heading, absent for the page itself. */
  heading?: string;
  /** Which part of the site: Docs, Runbooks, Errors… */
  section: string;
  /** The first words of the unit's text. */
  excerpt: string;
}

/** The small file every search downloads first. */
export interface SearchManifest {
  version: 1;
  /** Changes whenever the content does; appended to shard URLs to defeat stale caches. */
  buildId: string;
  prefixLength: number;
  unitsPerShard: number;
  unitCount: number;
  /** Term shards that exist, so the client never asks for one that does not. */
  termShards: string[];
  /** Exact keys (error ids, aliases, command names) mapped to the unit they open. */
  exact: Record<string, number>;
}

/**
 * A term shard: term → postings, flattened as [unitDelta, weight, unitDelta, weight, …] with
 * unit numbers delta-encoded in ascending order; this keeps shards a fraction of plain JSON pairs.
 */
export type TermShard = Record<string, number[]>;

/** A unit shard: units `[n * unitsPerShard, (n + 1) * unitsPerShard)`. */
export type UnitShard = SearchUnit[];

/** Paths inside the index folder. */
export const indexFiles = {
  manifest: 'manifest.json',
  termShard: (key: string) => `t/${key}.json`,
  unitShard: (n: number) => `u/${n}.json`,
};

/**
 * Calls `visit` with each posting of a shard's flattened list, in unit order. A visitor rather than
 * a Map: a first query such as "pl" walks 700 postings, and a Map per term only to read it once
 * was most of the ranking's cost.
 */
export function forEachPosting(flat: readonly number[], visit: (unit: number, weight: number) => void): void {
  let unit = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    unit += flat[i]!;
    visit(unit, flat[i + 1]!);
  }
}
