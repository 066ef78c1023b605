/**
 * Ranking, shared by the browser and the tests. It fetches only what the query needs: the
 * manifest, one term shard per distinct term prefix, and the unit shards of the results shown.
 */
import {decodePostings, indexFiles, type SearchManifest, type SearchUnit, type TermShard, type UnitShard} from './index-format';
import {exactKey, shardKey, tokenize} from './tokenize';

/** Reads one index file as parsed JSON; the browser passes `fetch`, tests pass the file map. */
export type LoadIndexFile = <T>(path: string) => Promise<T>;

export interface SearchHit extends SearchUnit {
  /** True when the query was exactly this page's error id, alias or command. */
  exact: boolean;
}

/** A search session: caches every file it has loaded, so typing more letters costs no new downloads. */
export class SearchIndex {
  private readonly cache = new Map<string, Promise<unknown>>();

  private constructor(
    readonly manifest: SearchManifest,
    private readonly load: LoadIndexFile,
  ) {}

  static async open(load: LoadIndexFile): Promise<SearchIndex> {
    return new SearchIndex(await load<SearchManifest>(indexFiles.manifest), load);
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

  /** Unit → score for one term; the last term of a query also matches as a prefix, for search-as-you-type. */
  private async termScores(term: string, prefix: boolean): Promise<Map<number, number>> {
    const key = shardKey(term, this.manifest.prefixLength);
    const scores = new Map<number, number>();
    if (!this.manifest.termShards.includes(key)) return scores;
    const shard = await this.file<TermShard>(indexFiles.termShard(key));
    for (const [candidate, flat] of Object.entries(shard)) {
      const whole = candidate === term;
      if (!whole && !(prefix && candidate.startsWith(term))) continue;
      // A completed word beats a word it is the start of.
      const factor = whole ? 1 : 0.5;
      for (const [unit, weight] of decodePostings(flat)) scores.set(unit, Math.max(scores.get(unit) ?? 0, weight * factor));
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
    // Units holding every term come first; within them, by score, then by position for stable order.
    const ranked = [...total.entries()]
      .sort(([ua, a], [ub, b]) => b.matched - a.matched || b.score - a.score || ua - ub)
      .map(([unit]) => unit)
      .filter((unit) => unit !== exactUnit);
    const chosen = (exactUnit === undefined ? ranked : [exactUnit, ...ranked]).slice(0, limit);
    return Promise.all(chosen.map(async (n) => ({...(await this.unit(n)), exact: n === exactUnit})));
  }
}
