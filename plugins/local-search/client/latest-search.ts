import type {SearchHit} from '../query';

/** The hits found for exactly one query, as typed. */
export interface SearchAnswer {
  query: string;
  hits: SearchHit[];
}

/** Whether the index is loading, loaded, or could not be loaded. */
export type IndexStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Shorter queries search nothing: one letter matches too much to help. */
export const MIN_QUERY_LENGTH = 2;

/**
 * Runs the reader's queries as they type and passes on only the answer to the newest one. Every
 * query takes a ticket, a query too short to search included, so an answer that arrives after
 * the reader typed on, or shortened the query, is dropped whatever order the answers come in.
 */
export class LatestSearch {
  private ticket = 0;

  constructor(
    private readonly run: (query: string) => Promise<SearchHit[]>,
    private readonly onAnswer: (answer: SearchAnswer) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  search(query: string): void {
    const ticket = ++this.ticket;
    if (query.trim().length < MIN_QUERY_LENGTH) {
      this.onAnswer({query, hits: []});
      return;
    }
    this.run(query).then(
      (hits) => {
        if (ticket === this.ticket) this.onAnswer({query, hits});
      },
      (error: unknown) => {
        if (ticket === this.ticket) this.onError(error);
      },
    );
  }

  /** Drops the answer of whatever still runs: the box went away. */
  cancel(): void {
    this.ticket++;
  }
}

/** What the result list shows for the query in the box. */
export interface SearchListing {
  hits: SearchHit[];
  /** False while the query in the box has no answer yet: the hits shown are the last answer's. */
  settled: boolean;
  /** The list's line when it has no hits, and what a screen reader hears. */
  message: string;
}

/**
 * The result list for `query` given the newest answer. While the answer is for another query the
 * last hits stay (no flicker as the reader types) and the list says it is searching: "No results"
 * only ever describes a search of the query in the box that has finished.
 */
export function searchListing(query: string, answer: SearchAnswer, status: IndexStatus): SearchListing {
  const settled = answer.query === query;
  const {hits} = answer;
  const count = `${hits.length} result${hits.length === 1 ? '' : 's'}`;
  let message: string;
  if (status === 'error') message = 'Search is unavailable: the index could not be loaded.';
  else if (!settled) message = status === 'loading' && !hits.length ? 'Loading the search index…' : 'Searching…';
  else message = hits.length ? count : `No results for “${query.trim()}”`;
  return {hits, settled, message};
}
