import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Configuration} from 'webpack';
import {validateOptions, type PluginOptions} from './options';
import {findPrebuiltMermaid} from './prebuilt-files';

/** The module the browser bundle gets for `mermaid`. */
export const loaderModule = path.join(__dirname, 'client/load-prebuilt.ts');

/**
 * Serves Mermaid's own minified ES module build as static files, and lets the browser import it,
 * instead of bundling it. Re-bundling and re-minifying its 3.5 MB cost about 5 s of CPU per build
 * for one diagram; the browser still loads only the chunks a diagram needs. Rspack only: with
 * another bundler the plugin stands aside and Mermaid is bundled as usual.
 */
export default function prebuiltMermaidPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  const mermaid = findPrebuiltMermaid(context.siteDir);
  const target = `${options.assetDir}/${mermaid.version}`;
  return {
    name: 'ax-prebuilt-mermaid',
    configureWebpack(_config, isServer, utils) {
      const bundler = utils.currentBundler;
      if (isServer || bundler.name !== 'rspack') return {};
      const {CopyRspackPlugin, DefinePlugin} = bundler.instance as unknown as typeof import('@rspack/core');
      // Rspack's plugins meet webpack's plugin interface at run time; only their declared types differ.
      const plugins = [
        new DefinePlugin({__AX_MERMAID_URL__: JSON.stringify(`${context.baseUrl}${target}/${path.basename(mermaid.entry)}`)}),
        new CopyRspackPlugin({
          patterns: [
            {from: mermaid.entry, to: target, toType: 'dir'},
            {from: mermaid.chunks, to: `${target}/${mermaid.chunksRelative}`, toType: 'dir', globOptions: {ignore: ['**/*.map']}},
          ],
        }),
      ] as unknown as Configuration['plugins'];
      return {resolve: {alias: {mermaid$: loaderModule}}, plugins};
    },
  };
}

prebuiltMermaidPlugin.validateOptions = validateOptions;
