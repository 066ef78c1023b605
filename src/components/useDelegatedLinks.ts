import {useMemo, type FocusEvent, type MouseEvent, type PointerEvent} from 'react';
import {useHistory} from '@docusaurus/router';

/** The same-site link an event happened on, if any: an `<a href>` in this document's origin, opening here. */
function sameSiteLink(target: EventTarget | null): HTMLAnchorElement | null {
  const a = (target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null | undefined;
  if (!a || (a.target && a.target !== '_self') || a.hasAttribute('download') || a.origin !== window.location.origin) return null;
  return a;
}

export interface DelegatedLinkHandlers {
  onClick(e: MouseEvent): void;
  onPointerOver(e: PointerEvent): void;
  onFocus(e: FocusEvent): void;
}

/**
 * Client-side navigation for the plain `<a href>`s inside one element, through one set of
 * handlers on that element instead of a `<Link>` per link. A table of a hundred `<Link>`s set
 * up a hundred prefetch observers and did it again on every re-render, which is what made the
 * compatibility matrix's filter slow on a phone (issue 19). A click with a modifier key, or on
 * a link to another site, a download or another window, stays the browser's own; pointing at or
 * focusing a link loads its page's chunks, as `<Link>` does on hover.
 * The hrefs must already carry the base URL (`useBaseUrlUtils().withBaseUrl`).
 */
export function useDelegatedLinks(): DelegatedLinkHandlers {
  const history = useHistory();
  return useMemo(() => {
    const preload = (target: EventTarget | null) => {
      const a = sameSiteLink(target);
      if (a) void window.docusaurus?.preload(a.pathname);
    };
    return {
      onClick(e) {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        const a = sameSiteLink(e.target);
        if (!a) return;
        e.preventDefault();
        history.push(`${a.pathname}${a.search}${a.hash}`);
      },
      onPointerOver: (e) => preload(e.target),
      onFocus: (e) => preload(e.target),
    };
  }, [history]);
}
