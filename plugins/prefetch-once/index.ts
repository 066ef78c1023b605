import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {validateOptions, type PluginOptions} from './options';

/** The module the browser bundle gets instead of Docusaurus's own chunk prefetcher. */
export const prefetchModule = path.join(__dirname, 'client/prefetch.ts');

/** Docusaurus's prefetcher, wherever it is installed: `@docusaurus/core/lib/client/prefetch.js`. */
export const docusaurusPrefetch = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/;

/** The module the browser bundle gets instead of Docusaurus's `window.docusaurus` (prefetch and preload by route). */
export const routePrefetchModule = path.join(__dirname, 'client/docusaurus.ts');

/** Docusaurus's `window.docusaurus`, wherever it is installed: `@docusaurus/core/lib/client/docusaurus.js`. */
export const docusaurusRoutePrefetch = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]docusaurus\.js$/;

/**
 * Makes the browser prefetch each chunk once: Docusaurus asks for a linked page's chunks and
 * for those of every route the page is nested in, on every link, so a section's shared chunks
 * were requested once per visible link to it. And finds a route's chunks by lookup
 * (client/docusaurus.ts): Docusaurus filtered all 250 route entries with a regex per route level
 * of each prefetched link.
 */
export default function prefetchOncePlugin(_context: LoadContext, _options: PluginOptions): Plugin<void> {
  return {
    name: 'ax-prefetch-once',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {plugins: [new NormalModuleReplacementPlugin(docusaurusPrefetch, prefetchModule), new NormalModuleReplacementPlugin(docusaurusRoutePrefetch, routePrefetchModule)]};
    },
  };
}

prefetchOncePlugin.validateOptions = validateOptions;
