import useIsBrowser from '@docusaurus/useIsBrowser';

/**
 * True once the page has hydrated; false in server rendering and during hydration.
 * A control whose action needs React is dead until then, so a click before the page is
 * interactive does nothing instead of being silently lost (issue 19, item 3): it renders
 * `disabled={!hydrated}`, or sits in a group with `inert={!hydrated}`, the cheaper of the two
 * where a page has several (enabling form controls one by one was a long task in Lighthouse,
 * issue 13).
 *
 * It is Docusaurus's `useIsBrowser()`, which plugins/hydration-transition turns true in a
 * transition: the controls come alive in the same sliced render as everything else that waited
 * for the browser, not in a synchronous render of their own as with the `useSyncExternalStore`
 * this used to be.
 */
export function useHydrated(): boolean {
  return useIsBrowser();
}
