import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildSearchIndex} from './build-index';
import {validateOptions, type PluginOptions} from './options';
import {readSite} from './read-site';
import {writeIndex} from './write-index';

/** Local, offline search: the navbar box from `./theme`, and a sharded index written after the build. */
export default function localSearchPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  return {
    name: 'ax-local-search',
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    async contentLoaded({actions}) {
      actions.setGlobalData({indexPath: options.indexPath});
    },
    async postBuild({outDir, routesPaths}) {
      const started = Date.now();
      const pages = await readSite(outDir, routesPaths, {exclude: options.excludeRoutes, baseUrl: context.baseUrl, parallelFrom: options.parallelFrom});
      const files = buildSearchIndex(pages, options);
      const written = await writeIndex(path.join(outDir, options.indexPath), files);
      const units = pages.reduce((n, p) => n + p.units.length, 0);
      console.log(
        `[ax-local-search] indexed ${pages.length} pages (${units} sections) into ${written.files} files, ` +
          `${(written.bytes / 1024).toFixed(0)} kB in total, in ${Date.now() - started} ms`,
      );
    },
  };
}

localSearchPlugin.validateOptions = validateOptions;
