import React, {startTransition, useEffect, useState, type ReactNode} from 'react';

/**
 * Docusaurus's browser context (core/lib/client/browserContext.js, 3.10) with one change: the
 * switch to "in the browser" after hydration is a transition (see ../index.ts). Until it renders,
 * `useIsBrowser()` answers false, as it did during hydration: what the server rendered stays,
 * and controls that need React stay inert (issue 19, item 3).
 */
export const Context = React.createContext(false);

export function BrowserContextProvider({children}: {children: ReactNode}): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
