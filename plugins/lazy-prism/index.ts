import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {validateOptions, type PluginOptions} from './options';

/** What the bundles get for `prism-react-renderer`: its `<Highlight>` on a lean Prism with the site's languages. */
export const prismModule = path.join(__dirname, 'client/prism.ts');
/** What the bundles get for the classic theme's client module that registered those languages at startup. */
export const noStartupModule = path.join(__dirname, 'client/no-startup.ts');

/** The request for `prism-react-renderer` itself, whatever imports it. */
export const prismRequest = /^prism-react-renderer$/;
/** The classic theme's client module, wherever it is installed: `@docusaurus/theme-classic/lib/prism-include-languages`. */
export const themeStartupModule = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/**
 * Loads Prism with the first code block instead of with every page, and a lean one. The classic
 * theme registered `prism.additionalLanguages` from a client module, which put prism-react-renderer
 * (26 kB of the main bundle, gzipped) in every page and ran its start-up before hydration, on
 * pages without any code; that start-up defines twenty languages, about a quarter of a second of
 * a throttled phone's main thread. Here the client module is empty and the package's name leads
 * to client/prism.ts: prismjs's core with only the site's languages, registered on first import,
 * and the package's `<Highlight>` ported onto it. Both bundles get it, so static and browser
 * renders highlight alike.
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
