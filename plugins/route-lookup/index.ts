import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {validateOptions, type PluginOptions} from './options';

/** The module the bundles get for `react-router-config`. */
export const matchRoutesModule = path.join(__dirname, 'client/match-routes.ts');

/**
 * Swaps react-router-config's `matchRoutes` for one that looks literal routes up. Docusaurus
 * matches every rendered page against all routes twice (preloading and normalising the
 * location), which grew static rendering with the square of the number of docs.
 */
export default function routeLookupPlugin(_context: LoadContext, _options: PluginOptions): Plugin<void> {
  return {
    name: 'ax-route-lookup',
    configureWebpack() {
      return {resolve: {alias: {'react-router-config$': matchRoutesModule}}};
    },
  };
}

routeLookupPlugin.validateOptions = validateOptions;
