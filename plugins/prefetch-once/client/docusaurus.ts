import {matchRoutes} from 'react-router-config';
import routesChunkNames from '@generated/routesChunkNames';
import routes from '@generated/routes';
import flat from '@docusaurus/core/lib/client/flat';
import preloadHelper from '@docusaurus/core/lib/client/preload';
import {queueWhenIdle} from './idle-queue';
import prefetchHelper from './prefetch';

/**
 * Docusaurus's `window.docusaurus` (core/lib/client/docusaurus.js, 3.10), with two changes. The
 * chunk names of a route are looked up instead of found by filtering every route's entry with a
 * regex. Prefetching a link did that filter once per level of the route it leads to, so a doc
 * link tested all 250 routes three times; with a few dozen links in view that was the bulk of the
 * prefetch work on a throttled phone. Same chunks, same order, same checks. And a link that
 * comes into view prefetches in the browser's idle time (idle-queue.ts), not in the task that saw it.
 */

type ChunkNames = (typeof routesChunkNames)[string];

let byPath: Map<string, ChunkNames[]> | undefined;

/** Route path → the chunk-name trees of its entries, in the generated order (the key ends in "-<hash>"). */
function chunkIndex(): Map<string, ChunkNames[]> {
  if (!byPath) {
    byPath = new Map();
    for (const [nameWithHash, chunks] of Object.entries(routesChunkNames)) {
      const path = nameWithHash.replace(/-[^-]+$/, '');
      const list = byPath.get(path);
      if (list) list.push(chunks);
      else byPath.set(path, [chunks]);
    }
  }
  return byPath;
}

const getChunkNamesToLoad = (path: string): string[] => (chunkIndex().get(path) ?? []).flatMap((chunks) => Object.values(flat(chunks)) as string[]);

const fetched = new Set<string>();
const loaded = new Set<string>();

// If the reader is on a slow or constrained connection.
const isSlowConnection = () => {
  const connection = (navigator as Navigator & {connection?: {effectiveType: string; saveData: boolean}}).connection;
  return connection?.effectiveType.includes('2g') || connection?.saveData;
};
const canPrefetch = (routePath: string) => !isSlowConnection() && !loaded.has(routePath) && !fetched.has(routePath);
const canPreload = (routePath: string) => !isSlowConnection() && !loaded.has(routePath);

declare const __webpack_require__: {gca(chunkName: string): string | undefined};

/** Asks for the chunks of a route and of the routes it is nested in, each chunk once. */
function prefetchChunks(routePath: string): Promise<void[]> {
  const matches = matchRoutes(routes, routePath);
  const chunkNamesNeeded = matches.flatMap((match) => getChunkNamesToLoad(match.route.path as string));
  return Promise.all(
    chunkNamesNeeded.map((chunkName) => {
      // Injected by Docusaurus's ChunkAssetPlugin: a chunk name's URL. A chunk merged into another has none.
      const chunkAsset = __webpack_require__.gca(chunkName);
      // One idle job per link: adding one costs a few milliseconds on a throttled phone, and a route's
      // seven or eight in one job made idle tasks of up to 50 ms (issue 13).
      return chunkAsset && !chunkAsset.includes('undefined') ? queueWhenIdle(() => prefetchHelper(chunkAsset)) : Promise.resolve();
    }),
  );
}

// Hovering or tapping a link still preloads at once.
const prefetch = (routePath: string): false | Promise<void[]> => {
  if (!canPrefetch(routePath)) return false;
  fetched.add(routePath);
  return queueWhenIdle(() => prefetchChunks(routePath));
};

const preload = (routePath: string): false | Promise<void[]> => {
  if (!canPreload(routePath)) return false;
  loaded.add(routePath);
  return preloadHelper(routePath);
};

// Mounted on window by the client entry, so frozen as the original is.
export default Object.freeze({prefetch, preload});
