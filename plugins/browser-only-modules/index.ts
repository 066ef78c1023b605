import type {LoadContext, Plugin} from '@docusaurus/types';
import {validateOptions, type PluginOptions} from './options';
import {serverAliases} from './server-aliases';

/**
 * Keeps packages that only run in the browser out of the server bundle. Mermaid is the case in
 * point: the theme imports it lazily inside an effect, so static rendering never calls it, yet
 * the server compile bundled all of it, which cost about 4 s of a 2,000-doc build.
 */
export default function browserOnlyModulesPlugin(_context: LoadContext, options: PluginOptions): Plugin<void> {
  return {
    name: 'ax-browser-only-modules',
    configureWebpack(_config, isServer) {
      return isServer ? {resolve: {alias: serverAliases(options.modules)}} : {};
    },
  };
}

browserOnlyModulesPlugin.validateOptions = validateOptions;
