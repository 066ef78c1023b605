import {describe, expect, it} from 'vitest';
import {LatestSearch, searchListing, type SearchAnswer} from '../client/latest-search';
import type {SearchHit} from '../query';

const hit = (title: string): SearchHit => ({url: `/docs/${title}`, title, section: 'Docs', excerpt: '', exact: false});

/**
 * A deterministic fake index: each query's answer waits until the test releases it, so the test
 * decides the order answers arrive in, as a slow shard download would on a phone.
 */
function fakeIndex() {
  const pending = new Map<string, (hits: SearchHit[]) => void>();
  const run = (query: string) => new Promise<SearchHit[]>((resolve) => pending.set(query, resolve));
  const release = async (query: string, hits: SearchHit[]) => {
    pending.get(query)!(hits);
    // Let the answer's then-callbacks run.
    await new Promise((r) => setTimeout(r, 0));
  };
  return {run, release};
}

/** Types `steps` into a LatestSearch over the fake index and records every answer it passes on. */
function typing() {
  const index = fakeIndex();
  const shown: SearchAnswer[] = [];
  const errors: unknown[] = [];
  const search = new LatestSearch(index.run, (a) => shown.push(a), (e) => errors.push(e));
  return {index, shown, errors, search};
}

describe('search as you type', () => {
  it('drops the answer of a longer query that arrives after the reader shortened it', async () => {
    const {index, shown, search} = typing();
    search.search('plugin');
    search.search('pl');
    await index.release('pl', [hit('pl')]);
    await index.release('plugin', [hit('plugin')]);
    expect(shown).toEqual([{query: 'pl', hits: [hit('pl')]}]);
  });

  it('drops a late answer once the query is too short to search', async () => {
    const {index, shown, search} = typing();
    search.search('pl');
    search.search('p');
    await index.release('pl', [hit('pl')]);
    expect(shown).toEqual([{query: 'p', hits: []}]);
  });

  it('shows each answer when they arrive in order', async () => {
    const {index, shown, search} = typing();
    search.search('pl');
    await index.release('pl', [hit('pl')]);
    search.search('plu');
    await index.release('plu', [hit('plu')]);
    expect(shown.map((a) => a.query)).toEqual(['pl', 'plu']);
  });

  it('passes on a failure only for the newest query, and nothing after cancel', async () => {
    const shown: SearchAnswer[] = [];
    const errors: unknown[] = [];
    const failing = new LatestSearch(() => Promise.reject(new Error('HTTP 404')), (a) => shown.push(a), (e) => errors.push(e));
    failing.search('pl');
    failing.cancel();
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toEqual([]);
    failing.search('pl');
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toHaveLength(1);
    expect(shown).toEqual([]);
  });
});

describe('the result list', () => {
  it.each([
    ['a second letter typed, its search still running', 'pl', {query: 'p', hits: []}, 'ready', 'Searching…', false],
    ['the index still loading', 'pl', {query: 'p', hits: []}, 'loading', 'Loading the search index…', false],
    ['the search for the query finished empty', 'qqzz', {query: 'qqzz', hits: []}, 'ready', 'No results for “qqzz”', true],
    ['the search for the query finished', 'pl', {query: 'pl', hits: [hit('a'), hit('b')]}, 'ready', '2 results', true],
    ['an earlier answer still showing', 'plu', {query: 'pl', hits: [hit('a')]}, 'ready', 'Searching…', false],
    ['the index failing', 'pl', {query: 'p', hits: []}, 'error', 'Search is unavailable: the index could not be loaded.', false],
  ] as const)('with %s', (_, query, answer, status, message, settled) => {
    const listing = searchListing(query, {query: answer.query, hits: [...answer.hits]}, status);
    expect(listing.message).toBe(message);
    expect(listing.settled).toBe(settled);
  });

  it('never says "No results" for a query whose search has not finished', () => {
    for (const status of ['idle', 'loading', 'ready'] as const) {
      expect(searchListing('pl', {query: 'p', hits: []}, status).message).not.toMatch(/^No results/);
    }
  });
});
