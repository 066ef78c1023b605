import {useState} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';

/**
 * Props for an element whose server-rendered children the browser keeps as they are: React
 * neither renders nor hydrates them, and never touches them afterwards while these same props
 * stay on the element. An element React sets text or HTML into has no child fibers, so
 * hydration does not compare the server's children with anything (React 19,
 * `shouldSetTextContent`). The object is shared so an update never sees a new `__html`.
 */
export const keptServerHtml = {dangerouslySetInnerHTML: {__html: ''}, suppressHydrationWarning: true} as const;

/**
 * True when this component first rendered while the page hydrated, so the server's HTML for it
 * is in the document and may be kept (`keptServerHtml`); false in the server render and for a
 * component mounted later, such as on a client-side navigation, which must render everything.
 * Decided once, at mount: the server's HTML is only there to keep the first time.
 */
export function useMountedWhileHydrating(): boolean {
  const isBrowser = useIsBrowser();
  const [hydrating] = useState(() => ExecutionEnvironment.canUseDOM && !isBrowser);
  return hydrating;
}
