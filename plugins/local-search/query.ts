/**
 * Ranking, shared by the browser and the tests. It fetches only what the query needs: the
 * manifest, one term shard per distinct term prefix, and the unit shards of the results shown.
 */
import {forEachPosting, indexFiles, MAX_PREFIX, type SearchManifest, type SearchUnit, type TermShard, type UnitShard} from './index-format';
import {exactKey, shardKey, tokenize} from './tokenize';

/** A two-letter prefix split into many shards is not expanded beyond this many; a third letter narrows it. */
const MAX_PREFIX_SHARDS = 3;

/** A page may take at most this many places in a result list, so one long page cannot crowd out the rest. */
export const MAX_SECTIONS_PER_PAGE = 2;

/** Reads one index file as parsed JSON; the browser passes `fetch`, tests pass the file map. */
export type LoadIndexFile = <T>(path: string) => Promise<T>;

export interface SearchHit extends SearchUnit {
  /** True when the query was exactly this page's error id, alias or command. */
  exact: boolean;
}

export type Ranked = [unit: number, total: {score: number; matched: number}];

/** Units holding every term come first; within them, by score, then by position, so no two tie. */
const byRank = ([ua, a]: Ranked, [ub, b]: Ranked): number => b.matched - a.matched || b.score - a.score || ua - ub;

/** The `k` first of `entries` by rank, in order: one pass, keeping a sorted list no longer than `k`. */
function firstByRank(entries: readonly Ranked[], k: number): Ranked[] {
  const first: Ranked[] = [];
  for (const entry of entries) {
    if (first.length === k && byRank(entry, first[k - 1]!) > 0) continue;
    let lo = 0;
    let hi = first.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byRank(first[mid]!, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    first.splice(lo, 0, entry);
    if (first.length > k) first.pop();
  }
  return first;
}

/**
 * Units in rank order, sorted only as far as they are read: a common word such as "plugin"
 * matches most of the site, and sorting every match was the longest part of a cold search on the
 * issue 19 reference phone, though a list shows eight. The order is the full sort's (`byRank`
 * is a total order), read `k` at a time, then four times as many each time the reader needs more.
 */
export function* inRankOrder(entries: Ranked[], k: number): Generator<number> {
  let rest = entries;
  for (let n = k; rest.length; n *= 4) {
    if (rest.length <= n) {
      for (const [unit] of rest.sort(byRank)) yield unit;
      return;
    }
    const first = firstByRank(rest, n);
    for (const [unit] of first) yield unit;
    const last = first.at(-1)!;
    rest = rest.filter((entry) => byRank(entry, last) > 0);
  }
}

function* prepend(first: number, rest: Iterable<number>): Generator<number> {
  yield first;
  yield* rest;
}

/** Up to `n` more values of an iterator. */
function take(values: Iterator<number>, n: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const next = values.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

/** A search session: caches every file it has loaded, so typing more letters costs no new downloads. */
export class SearchIndex {
  private readonly cache = new Map<string, Promise<unknown>>();

  private constructor(
    readonly manifest: SearchManifest,
    private readonly load: LoadIndexFile,
  ) {}

  /** `manifest` when its download already started (the search box starts it with the engine's chunk). */
  static async open(load: LoadIndexFile, manifest: Promise<SearchManifest> = load<SearchManifest>(indexFiles.manifest)): Promise<SearchIndex> {
    return new SearchIndex(await manifest, load);
  }

  private file<T>(path: string): Promise<T> {
    let p = this.cache.get(path);
    if (!p) this.cache.set(path, (p = this.load<T>(`${path}?v=${this.manifest.buildId}`)));
    return p as Promise<T>;
  }

  private async unit(n: number): Promise<SearchUnit> {
    const shard = await this.file<UnitShard>(indexFiles.unitShard(Math.floor(n / this.manifest.unitsPerShard)));
    return shard[n % this.manifest.unitsPerShard]!;
  }

  /** The shards that can hold `term` (and, for a prefix, its completions): the longest matching key, or its split children. */
  private shardsFor(term: string, prefix: boolean): string[] {
    const keys = this.manifest.termShards;
    for (let n = Math.min(term.length, MAX_PREFIX); n >= this.manifest.prefixLength; n--) {
      const key = shardKey(term, n);
      if (keys.includes(key)) return [key];
    }
    // The term is shorter than the keys its prefix was split into: completions are spread over them.
    const children = keys.filter((k) => k.startsWith(term) || shardKey(term, k.length) === k);
    return prefix ? children.slice(0, MAX_PREFIX_SHARDS) : children.filter((k) => shardKey(term, k.length) === k);
  }

  /** Unit → score for one term; the last term of a query also matches as a prefix, for search-as-you-type. */
  private async termScores(term: string, prefix: boolean): Promise<Map<number, number>> {
    const scores = new Map<number, number>();
    for (const key of this.shardsFor(term, prefix)) {
      const shard = await this.file<TermShard>(indexFiles.termShard(key));
      for (const [candidate, flat] of Object.entries(shard)) {
        const whole = candidate === term;
        if (!whole && !(prefix && candidate.startsWith(term))) continue;
        // A completed word beats a word it is the start of.
        const factor = whole ? 1 : 0.5;
        forEachPosting(flat, (unit, weight) => scores.set(unit, Math.max(scores.get(unit) ?? 0, weight * factor)));
      }
    }
    return scores;
  }

  /** The best units for a query, exact error-id or command matches first. */
  async search(query: string, limit = 8): Promise<SearchHit[]> {
    const terms = [...new Set(tokenize(query))];
    const exactUnit = this.manifest.exact[exactKey(query)];
    const perTerm = await Promise.all(terms.map((t, i) => this.termScores(t, i === terms.length - 1 && !/\s$/.test(query))));
    const total = new Map<number, {score: number; matched: number}>();
    for (const scores of perTerm) {
      for (const [unit, s] of scores) {
        const entry = total.get(unit) ?? {score: 0, matched: 0};
        entry.score += s;
        entry.matched += 1;
        total.set(unit, entry);
      }
    }
    const ranked = inRankOrder([...total.entries()].filter(([unit]) => unit !== exactUnit), limit * 4);
    const candidates = exactUnit === undefined ? ranked : prepend(exactUnit, ranked);
    // Load in small batches until the list is full: one page may not fill it with all its sections.
    const hits: SearchHit[] = [];
    const perPage = new Map<string, number>();
    while (hits.length < limit) {
      const batch = take(candidates, limit);
      if (!batch.length) break;
      const loaded = await Promise.all(batch.map(async (n) => ({...(await this.unit(n)), exact: n === exactUnit})));
      for (const hit of loaded) {
        const page = hit.url.split('#')[0]!;
        const seen = perPage.get(page) ?? 0;
        if (seen >= MAX_SECTIONS_PER_PAGE || hits.length >= limit) continue;
        perPage.set(page, seen + 1);
        hits.push(hit);
      }
    }
    return hits;
  }
}
