/**
 * Docusaurus's chunk prefetcher, asked for each chunk URL at most once. Docusaurus prefetches a
 * link's route with the chunks of every route it is nested in, so on a page that links to 20
 * runbooks it asked for the section's seven shared chunks 20 times each, and for chunks the page
 * had already loaded: 435 `<link rel="prefetch">` elements for 41 files, about half a second of a
 * throttled phone's main thread. Same strategies as the original: `<link rel="prefetch">`, or a
 * plain request where the browser lacks it.
 */

const requested = new Set<string>();

/** Whether the page has already loaded this chunk as a script. */
function alreadyLoaded(url: string): boolean {
  return Array.from(document.scripts).some((s) => s.src && s.src.endsWith(url));
}

function linkPrefetch(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = url;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`prefetch ${url} failed`));
    document.head.appendChild(link);
  });
}

function requestPrefetch(url: string): Promise<void> {
  return fetch(url, {credentials: 'include'}).then((res) => {
    if (!res.ok) throw new Error(`prefetch ${url}: HTTP ${res.status}`);
  });
}

let linkPrefetchSupported: boolean | undefined;

/** Asked once: the answer does not change while the page lives. */
function supportsLinkPrefetch(): boolean {
  if (linkPrefetchSupported === undefined) {
    try {
      linkPrefetchSupported = document.createElement('link').relList.supports('prefetch');
    } catch {
      linkPrefetchSupported = false;
    }
  }
  return linkPrefetchSupported;
}

export default function prefetch(url: string): Promise<void> {
  if (typeof document === 'undefined' || requested.has(url)) return Promise.resolve();
  requested.add(url);
  if (alreadyLoaded(url)) return Promise.resolve();
  // A failed prefetch costs nothing: the chunk loads normally when the reader follows the link.
  return (supportsLinkPrefetch() ? linkPrefetch(url) : requestPrefetch(url)).catch(() => undefined);
}
