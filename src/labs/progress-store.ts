import {emptyProgress, parseProgress, progressStorageKey, type LabProgress} from './progress';

/**
 * The browser's one copy of lab progress, over localStorage, for `useSyncExternalStore`: every
 * lab page, the index and the progress page read the same snapshot and hear the same changes,
 * including changes made in another tab. Call in the browser only.
 */

const listeners = new Set<() => void>();
let snapshot: LabProgress | undefined;
let listening = false;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored progress; a missing or unreadable entry reads as no progress. */
export function readProgress(): LabProgress {
  if (snapshot) return snapshot;
  const parsed = parseProgress(storage()?.getItem(progressStorageKey) ?? '');
  snapshot = parsed.ok ? parsed.progress : emptyProgress();
  return snapshot;
}

export function writeProgress(progress: LabProgress): void {
  snapshot = progress;
  try {
    storage()?.setItem(progressStorageKey, JSON.stringify(progress));
  } catch {
    // Full or refused: the in-memory copy serves this visit.
  }
  for (const listener of listeners) listener();
}

export function subscribeProgress(listener: () => void): () => void {
  if (!listening) {
    listening = true;
    window.addEventListener('storage', (e) => {
      if (e.key !== progressStorageKey && e.key !== null) return;
      snapshot = undefined;
      for (const l of listeners) l();
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What the server renders, and what hydration must match: no progress. */
const serverSnapshot = emptyProgress();
export const readServerProgress = (): LabProgress => serverSnapshot;
