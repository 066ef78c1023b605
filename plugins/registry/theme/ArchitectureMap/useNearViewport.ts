import {useEffect, useState, type RefObject} from 'react';

/**
 * Whether the element has come within `margin` of the viewport. Mermaid is about 1 MB of
 * JavaScript; loading it for a diagram the reader has not scrolled to blocks the main thread
 * of a phone for a second. Without IntersectionObserver the answer is simply yes.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, {rootMargin: margin});
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
