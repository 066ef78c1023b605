import {useSyncExternalStore} from 'react';

const noSubscription = () => () => undefined;

/**
 * True once this component has hydrated; false in server rendering and during hydration.
 * A control whose action needs React renders `disabled={!hydrated}`, so a click before the page
 * is interactive does visibly nothing instead of being silently lost (issue 19, item 3).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
