import {useCallback, useEffect, useMemo, useRef, useState, type RefObject} from 'react';
import type {useCodeWordWrap as useStockCodeWordWrap} from '@docusaurus/theme-common/internal';

/** What the classic theme's code block context expects of a word-wrap hook. */
type WordWrap = ReturnType<typeof useStockCodeWordWrap>;

/** A hidden tab panel is watched for its `hidden` attribute alone. */
const tabPanelWatch: MutationObserverInit = {attributes: true, attributeFilter: ['hidden']};

/**
 * Calls `callback` when the tab panel holding the code block is shown, as the stock hook does,
 * since a block measured inside a hidden panel has no width. Only a block in a hidden panel
 * watches anything.
 */
function useTabBecameVisibleCallback(codeBlockRef: RefObject<HTMLPreElement | null>, callback: () => void): void {
  // null, not undefined, as `closest` answers: the stock hook started from undefined, so every
  // code block outside tabs rendered once more after mounting to learn that it was in no tab.
  const [hiddenTab, setHiddenTab] = useState<Element | null>(null);
  const update = useCallback(() => setHiddenTab(codeBlockRef.current?.closest('[role=tabpanel][hidden]') ?? null), [codeBlockRef]);
  useEffect(update, [update]);
  useEffect(() => {
    if (!hiddenTab) return undefined;
    const observer = new MutationObserver(() => {
      callback();
      update();
    });
    observer.observe(hiddenTab, tabPanelWatch);
    return () => observer.disconnect();
  }, [hiddenTab, callback, update]);
}

/**
 * The classic theme's `useCodeWordWrap` (theme-common 3.10) with the same state, effects and
 * toggle, minus two costs on every page with code. Its mutation observer memoised its options by
 * sorting their keys with `localeCompare`, and the first `localeCompare` of a page sets up ICU's
 * collator: a quarter of a second of a 4x-throttled phone's main thread during hydration. And it
 * returned a new object on every render, so the block's context changed whenever its parent
 * rendered; here it changes only when the state does.
 */
export function useCodeWordWrap(): WordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement>(null);
  const toggle = useCallback(() => {
    const codeElement = codeBlockRef.current!.querySelector('code')!;
    if (isEnabled) {
      codeElement.removeAttribute('style');
    } else {
      codeElement.style.whiteSpace = 'pre-wrap';
      // Very long words and strings wrap too, so a wrapped block never scrolls.
      codeElement.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [isEnabled]);
  const updateCodeIsScrollable = useCallback(() => {
    const pre = codeBlockRef.current;
    if (!pre) return;
    setIsCodeScrollable(pre.scrollWidth > pre.clientWidth || Boolean(pre.querySelector('code')?.hasAttribute('style')));
  }, []);
  useTabBecameVisibleCallback(codeBlockRef, updateCodeIsScrollable);
  useEffect(() => {
    updateCodeIsScrollable();
  }, [isEnabled, updateCodeIsScrollable]);
  useEffect(() => {
    window.addEventListener('resize', updateCodeIsScrollable, {passive: true});
    return () => window.removeEventListener('resize', updateCodeIsScrollable);
  }, [updateCodeIsScrollable]);
  return useMemo(() => ({codeBlockRef, isEnabled, isCodeScrollable, toggle}), [isEnabled, isCodeScrollable, toggle]);
}
