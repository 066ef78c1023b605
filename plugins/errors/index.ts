import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {generatedBases, routes} from '../../src/routes/table';
import {writeCatalogFiles, writeRedirectFiles} from './outputs';
import {loadErrorsContent, type ErrorsContent} from './content';
import {validateOptions, type PluginOptions} from './options';

/** What every page reads with `usePluginData('ax-errors')`: enough to resolve a typed ID or alias. */
export interface ErrorsGlobalData {
  basePath: string;
  ids: string[];
  aliases: Record<string, string>;
}

const themePath = path.join(__dirname, 'theme');

/**
 * Generates one page per error, forwarding pages for aliases, the index, one CLI reference
 * page per command and the command list's data; writes `catalog.json` with its JSON Schema
 * and the lower-case forwarding files after the build.
 */
export default function errorsPlugin(context: LoadContext, options: PluginOptions): Plugin<ErrorsContent> {
  return {
    name: 'ax-errors',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
    getPathsToWatch() {
      return [path.join(context.siteDir, 'errors/**/*.{ts,json}'), path.join(context.siteDir, 'src/cli-spec/**/*.ts'), path.join(context.siteDir, 'src/error-catalog/**/*.ts')];
    },
    async loadContent() {
      return loadErrorsContent(context.siteDir, options);
    },
    async contentLoaded({content, actions}) {
      const {addRoute, createData, setGlobalData} = actions;
      for (const page of content.pages) {
        addRoute({path: routes.error(page.entry.id), component: '@theme/ErrorPage', exact: true, props: {page}});
      }
      for (const r of content.redirects) {
        addRoute({path: routes.error(r.from), component: '@theme/ErrorRedirect', exact: true, props: {from: r.from, to: routes.error(r.to), id: r.to}});
      }
      addRoute({path: routes.error(), component: '@theme/ErrorIndex', exact: true, props: {...content.index}});
      for (const page of content.cliPages) {
        addRoute({path: routes.cli(page.slug), component: '@theme/CliCommandPage', exact: true, props: {page}});
      }
      // Read by CliCommandList, which the CLI reference overview (an MDX page) embeds.
      await createData('cli-commands.json', JSON.stringify(content.cliCommands));
      const aliases = Object.fromEntries(content.redirects.map((r) => [r.from.toUpperCase(), r.to]));
      const globalData: ErrorsGlobalData = {basePath: generatedBases.errors, ids: content.pages.map((p) => p.entry.id), aliases};
      setGlobalData(globalData);
    },
    async postBuild({outDir, siteConfig, content}) {
      const dir = path.join(outDir, generatedBases.errors.replace(/^\//, ''));
      await writeCatalogFiles(dir, siteConfig.url);
      await writeRedirectFiles(dir, siteConfig.url, content.lowercaseRedirects);
    },
  };
}

errorsPlugin.validateOptions = validateOptions;
