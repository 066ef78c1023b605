import {startTransition, useEffect, useState} from 'react';
import {whenIdle} from '@site/src/components/whenIdle';

/** A window size as the classic theme names it; "ssr" until the browser has answered. */
type WindowSize = 'desktop' | 'mobile' | 'ssr';

/** Infima's breakpoint, which the theme's CSS uses too (theme-common's `DesktopBreakpoint`). */
const desktopBreakpoint = 996;

const sizeOf = (breakpoint: number): WindowSize => (window.innerWidth > breakpoint ? 'desktop' : 'mobile');

/**
 * Docusaurus's `useWindowSize` (theme-common/lib/hooks/useWindowSize.js, 3.10), answering the same
 * values, except that its first answer comes once the browser is idle, and renders as a
 * transition in a commit of its own (see ../index.ts).
 * The server and hydration see "ssr", where the page holds both the phone and the desktop layout
 * and CSS shows one; then "mobile" on a phone removes the desktop sidebar and table of contents
 * and builds the phone menu, the largest render after hydration on a docs page with a long
 * sidebar. A transition renders it in slices. A resize still answers at once.
 */
export function useWindowSize({desktopBreakpoint: breakpoint = desktopBreakpoint}: {desktopBreakpoint?: number} = {}): WindowSize {
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = () => setWindowSize(sizeOf(breakpoint));
    const cancel = whenIdle(() => startTransition(update));
    window.addEventListener('resize', update);
    return () => {
      cancel();
      window.removeEventListener('resize', update);
    };
  }, [breakpoint]);
  return windowSize;
}
