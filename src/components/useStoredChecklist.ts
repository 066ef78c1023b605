import {useCallback, useEffect, useState, type RefObject} from 'react';

/** What a checklist widget needs: the ticked ids, and ways to change them. */
export interface StoredChecklist {
  checked: ReadonlySet<string>;
  /** Ticks or unticks one item. */
  toggle(id: string, on: boolean): void;
  /** Unticks every item. */
  clear(): void;
  /** Saved ticks have been read and merged: what the page shows is what is stored. */
  restored: boolean;
}

/** The attribute a checklist's boxes carry, holding the item id, so ticks made before hydration can be read back. */
export const checklistItemAttribute = 'data-checklist-item';

/**
 * Ids of the boxes ticked in the DOM. Before hydration a click ticks the native box but no
 * React handler runs; React 19 keeps that DOM state while hydrating, then the first re-render
 * writes the (empty) state back over it. Reading the boxes once, after hydration, keeps them.
 */
function tickedInDom(container: HTMLElement | null | undefined): string[] {
  if (!container) return [];
  return Array.from(container.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][${checklistItemAttribute}]`)).filter((box) => box.checked).map((box) => box.getAttribute(checklistItemAttribute)!);
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
 * hydration and merged with what the reader has already ticked, including boxes in `container`
 * ticked before the page became interactive (they carry {@link checklistItemAttribute}), so no
 * tick is lost or overwritten; every change after that is saved.
 */
export function useStoredChecklist(key: string, container?: RefObject<HTMLElement | null>): StoredChecklist {
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  // State, not a ref: saving must wait for the render that holds the merged ticks.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const saved = readSaved(key);
    const early = tickedInDom(container?.current);
    setChecked((now) => new Set([...saved, ...early, ...now]));
    setRestored(true);
    // The container is read once, on mount, when the pre-hydration ticks are there to read.
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
  return {checked, toggle, clear, restored};
}
