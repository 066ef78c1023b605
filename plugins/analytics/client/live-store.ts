import {useEffect, useSyncExternalStore} from 'react';
import type {LiveConfig} from '../page-data';
import type {LiveFailure, LiveResult} from './live-types';

/**
 * One live request per page, shared by every widget on it, so they all switch to live figures
 * together or all keep the snapshot: a page never mixes the two. The request starts after
 * hydration (in an effect), so the server-rendered snapshot is what hydrates.
 */

export type LiveStatus = {kind: 'snapshot'} | {kind: 'pending'} | {kind: 'live'; result: Extract<LiveResult, {ok: true}>} | {kind: 'failed'; reason: LiveFailure};

const snapshotOnly: LiveStatus = {kind: 'snapshot'};
const listeners = new Set<() => void>();
/** The current page's request: keyed by path, so a client-side navigation fetches afresh. */
let current: {page: string; status: LiveStatus} | null = null;

const pageKey = () => window.location.pathname;

function settle(page: string, status: LiveStatus): void {
  if (current?.page !== page) return;
  current = {page, status};
  for (const listener of listeners) listener();
}

function start(live: LiveConfig): void {
  const page = pageKey();
  if (current?.page === page) return;
  current = {page, status: {kind: 'pending'}};
  import('@ax-analytics/live-snapshot')
    .then(({fetchLive}) => (fetchLive ? fetchLive(live.url, live.timeoutMs) : ({ok: false, reason: 'network error'} as const)))
    // A chunk that fails to load is a network failure too; nothing here may reject unhandled.
    .catch((): LiveResult => ({ok: false, reason: 'network error'}))
    .then((result) => settle(page, result.ok ? {kind: 'live', result} : {kind: 'failed', reason: result.reason}));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const read = (): LiveStatus => (current && current.page === pageKey() ? current.status : snapshotOnly);

/** The page's live status; `snapshot` on the server, during hydration and in a build without a live endpoint. */
export function useLiveStatus(live: LiveConfig | null): LiveStatus {
  useEffect(() => {
    if (live) start(live);
  }, [live]);
  const status = useSyncExternalStore(subscribe, read, () => snapshotOnly);
  return live ? status : snapshotOnly;
}
