import {useCallback, useEffect, useState} from 'react';

/** What a checklist widget needs: the ticked ids, and ways to change them. */
export interface StoredChecklist {
  checked: ReadonlySet<string>;
  /** Ticks or unticks one item. */
  toggle(id: string, on: boolean): void;
  /** Unticks every item. */
  clear(): void;
}

/** Saved ids, or none: storage may be missing, refused (private browsing) or hold something else. */
function readSaved(key: string): string[] {
  try {
    const saved = JSON.parse(window.localStorage.getItem(key) ?? '[]') as unknown;
    return Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * A set of ticked ids kept in this browser's localStorage under `key`. Saved ticks are read after
 * hydration and merged into what the reader has already ticked, so a box ticked before the page
 * became interactive is neither lost nor overwritten; every change after that is saved.
 */
export function useStoredChecklist(key: string): StoredChecklist {
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  // State, not a ref: saving must wait for the render that holds the merged ticks.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const saved = readSaved(key);
    setChecked((now) => new Set([...saved, ...now]));
    setRestored(true);
  }, [key]);
  useEffect(() => {
    if (!restored) return;
    try {
      window.localStorage.setItem(key, JSON.stringify([...checked]));
    } catch {
      // Storage can be refused; the checklist still works for this visit.
    }
  }, [key, checked, restored]);
  const toggle = useCallback((id: string, on: boolean) => {
    setChecked((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const clear = useCallback(() => setChecked(new Set()), []);
  return {checked, toggle, clear};
}
