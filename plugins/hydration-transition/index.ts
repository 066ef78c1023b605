import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {validateOptions, type PluginOptions} from './options';

/** The module the browser bundle gets instead of Docusaurus's browser context. */
export const browserContextModule = path.join(__dirname, 'client/browser-context.tsx');

/** Docusaurus's browser context, wherever it is installed: `@docusaurus/core/lib/client/browserContext.js`. */
export const docusaurusBrowserContext = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]browserContext\.js$/;

/** The module the browser bundle gets instead of the classic theme's window-size hook. */
export const windowSizeModule = path.join(__dirname, 'client/window-size.ts');

/** theme-common's window-size hook: `@docusaurus/theme-common/lib/hooks/useWindowSize.js`. */
export const docusaurusWindowSize = /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]hooks[\\/]useWindowSize\.js$/;

/**
 * Makes the renders that follow hydration transitions. Once a page hydrates, two answers change
 * for most of the page: `useIsBrowser()` turns true (each code block's copy and wrap buttons, each
 * sidebar category, each control that was inert until then renders again), and `useWindowSize()`
 * turns from "ssr" to "mobile" or "desktop" (the sidebar and table of contents drop the layout
 * the other size needed). Docusaurus sets both in ordinary updates, which React renders in one
 * task: on a runbook page at 4× throttling, over 100 ms, the largest long task Lighthouse counted
 * after the script's own start-up (issue 13). As transitions, React renders them in short slices
 * that yield to input.
 */
export default function hydrationTransitionPlugin(_context: LoadContext, _options: PluginOptions): Plugin<void> {
  return {
    name: 'ax-hydration-transition',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {plugins: [new NormalModuleReplacementPlugin(docusaurusBrowserContext, browserContextModule), new NormalModuleReplacementPlugin(docusaurusWindowSize, windowSizeModule)]};
    },
  };
}

hydrationTransitionPlugin.validateOptions = validateOptions;
