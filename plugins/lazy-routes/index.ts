import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {validateOptions, type PluginOptions} from './options';

/** The module both bundles get instead of Docusaurus's route component creator. */
export const routeComponentModule = path.join(__dirname, 'client/route-component.tsx');

/** Docusaurus's route component creator, wherever it is installed: `@docusaurus/core/lib/client/exports/ComponentCreator.js`. */
export const docusaurusComponentCreator = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]exports[\\/]ComponentCreator\.js$/;

/**
 * Creates each route's component when the route is first rendered or preloaded. The generated
 * routes module calls `ComponentCreator` for every route as `main.js` starts, and each call
 * flattened the route's chunk names and built a react-loadable component: for this site's ~300
 * routes, about a quarter of `main.js`'s start-up task on a 4× throttled phone, on every page,
 * for routes the page never shows (issue 13). The work grows with every page the site adds.
 *
 * The static render is told each route's chunk names (Docusaurus's creator told it module paths,
 * which match no key of the bundler's client manifest since webpack 5), so each page's HTML names
 * its route's chunks beside main.js and the browser downloads them together.
 */
export default function lazyRoutesPlugin(_context: LoadContext, _options: PluginOptions): Plugin<void> {
  return {
    name: 'ax-lazy-routes',
    configureWebpack(_config, _isServer, {currentBundler}) {
      // Both bundles, so the static render and the browser build the same components.
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {plugins: [new NormalModuleReplacementPlugin(docusaurusComponentCreator, routeComponentModule)]};
    },
  };
}

lazyRoutesPlugin.validateOptions = validateOptions;
