import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {validateOptions, type PluginOptions} from './options';

/** What the bundles get for `prism-react-renderer`: the package, with our extra languages registered. */
export const prismModule = path.join(__dirname, 'client/prism.ts');
/** What the bundles get for the classic theme's client module that registered those languages at startup. */
export const noStartupModule = path.join(__dirname, 'client/no-startup.ts');

/** The request for `prism-react-renderer` itself, not for a file inside it (which the wrapper imports). */
export const prismRequest = /^prism-react-renderer$/;
/** The classic theme's client module, wherever it is installed: `@docusaurus/theme-classic/lib/prism-include-languages`. */
export const themeStartupModule = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/**
 * Loads Prism with the first code block instead of with every page. The classic theme registers
 * `prism.additionalLanguages` from a client module, which put prism-react-renderer (26 kB of the
 * main bundle, gzipped) in every page and ran its start-up, about a quarter of a second of a
 * throttled phone's main thread, before hydration, on pages without any code. Here the
 * registration moves into a wrapper of the package, so it runs wherever the package is first
 * imported, with the same languages, in both the browser and the server bundles.
 */
export default function lazyPrismPlugin(_context: LoadContext, _options: PluginOptions): Plugin<void> {
  return {
    name: 'ax-lazy-prism',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {plugins: [new NormalModuleReplacementPlugin(themeStartupModule, noStartupModule), new NormalModuleReplacementPlugin(prismRequest, prismModule)]};
    },
  };
}

lazyPrismPlugin.validateOptions = validateOptions;
