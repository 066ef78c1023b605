import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {writeCatalogFiles, writeRedirectFiles} from './outputs';
import {loadErrorsContent, type ErrorsContent} from './content';
import {validateOptions, type PluginOptions} from './options';

const component = (name: string) => `@site/src/components/errors/${name}`;

/**
 * Generates one page per error at `/errors/<ID>`, redirect pages for lower-case IDs and
 * aliases, the index at `/errors`, one CLI reference page per command, and writes
 * `catalog.json` with its JSON Schema after the build.
 */
export default function errorsPlugin(context: LoadContext, options: PluginOptions): Plugin<ErrorsContent> {
  const base = options.routeBasePath;
  return {
    name: 'ax-errors',
    getPathsToWatch() {
      return [path.join(context.siteDir, 'errors/**/*.{ts,json}'), path.join(context.siteDir, 'src/cli-spec/**/*.ts')];
    },
    async loadContent() {
      return loadErrorsContent(context.siteDir, options);
    },
    async contentLoaded({content, actions}) {
      const {addRoute, setGlobalData} = actions;
      for (const page of content.pages) {
        addRoute({path: `${base}/${page.entry.id}`, component: component('ErrorPage'), exact: true, props: {page}});
      }
      for (const r of content.redirects) {
        addRoute({path: `${base}/${r.from}`, component: component('ErrorRedirect'), exact: true, props: {from: r.from, to: `${base}/${r.to}`, id: r.to}});
      }
      addRoute({
        path: base,
        component: component('ErrorIndex'),
        exact: true,
        props: {errors: content.summaries, topIds: content.topIds, window: content.window},
      });
      for (const page of content.cliPages) {
        addRoute({path: `${options.cliReferencePath}/${page.slug}`, component: component('CliCommandPage'), exact: true, props: {page, basePath: options.cliReferencePath}});
      }
      const aliases: Record<string, string> = {};
      for (const r of content.redirects) aliases[r.from.toUpperCase()] = r.to;
      setGlobalData({basePath: base, ids: content.pages.map((p) => p.entry.id), aliases});
    },
    async postBuild({outDir, siteConfig, content}) {
      const dir = path.join(outDir, base.replace(/^\//, ''));
      await writeCatalogFiles(dir, siteConfig.url);
      await writeRedirectFiles(dir, base, siteConfig.url, content.lowercaseRedirects);
    },
  };
}

errorsPlugin.validateOptions = validateOptions;
