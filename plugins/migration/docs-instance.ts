import docsPlugin, {validateOptions} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {generatedPagesReady} from '../shared/generated-pages';

type DocsOptions = Parameters<typeof docsPlugin>[1];

/**
 * The stock docs plugin for the migration section, waiting for the generated API reference
 * before it reads its folder. Everything else, the plugin's name and id included, is the stock
 * plugin's, so `useDocsData('migration')` and the sidebars work as before.
 */
export default async function migrationDocsPlugin(context: LoadContext, options: DocsOptions): Promise<Plugin<unknown>> {
  const docs = (await docsPlugin(context, options)) as Plugin<unknown>;
  return {
    ...docs,
    async loadContent() {
      await generatedPagesReady(context.siteDir);
      return docs.loadContent?.();
    },
  };
}

migrationDocsPlugin.validateOptions = validateOptions;
