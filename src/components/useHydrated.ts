import useIsBrowser from '@docusaurus/useIsBrowser';

/**
 * True once the page has hydrated; false in server rendering and during hydration.
 * A control whose action needs React renders `disabled={!hydrated}`, so a click before the page
 * is interactive does visibly nothing instead of being silently lost (issue 19, item 3).
 *
 * It is Docusaurus's `useIsBrowser()`, which plugins/hydration-transition turns true in a
 * transition: the controls come alive in the same sliced render as everything else that waited
 * for the browser, not in a synchronous render of their own as with the `useSyncExternalStore`
 * this used to be.
 */
export function useHydrated(): boolean {
  return useIsBrowser();
}
