import {mkdirSync} from 'node:fs';
import path from 'node:path';
import docsPlugin, {validateOptions} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {generatedPagesReady} from '../shared/generated-pages';

type DocsOptions = Parameters<typeof docsPlugin>[1];
type ItemsGenerator = DocsOptions['sidebarItemsGenerator'];

/**
 * The API reference's docs instance: the stock docs plugin over the folder the migration
 * plugin generates, waiting for the pages before it reads it. Everything else, the plugin's
 * name included, is the stock plugin's, so the theme and `useDocsData` work as for any instance.
 */
export default async function apiReferenceDocsPlugin(context: LoadContext, options: DocsOptions): Promise<Plugin<unknown>> {
  // The stock plugin insists its folder exists when it starts; on a fresh clone the pages come later, in loadContent.
  mkdirSync(path.resolve(context.siteDir, options.path), {recursive: true});
  const docs = (await docsPlugin(context, {...options, sidebarItemsGenerator: withoutRootIndex(options.sidebarItemsGenerator)})) as Plugin<unknown>;
  return {
    ...docs,
    async loadContent() {
      await generatedPagesReady(context.siteDir);
      return docs.loadContent?.();
    },
  };
}

apiReferenceDocsPlugin.validateOptions = validateOptions;

/**
 * The folder's `index.md` is the link of the "API reference" category that holds the folder
 * (see the sidebars file), as it was when the reference sat in the migration folder; listed
 * again inside the category, it would appear twice.
 */
function withoutRootIndex(generate: ItemsGenerator): ItemsGenerator {
  return async (args) => {
    const items = await generate(args);
    return args.item.dirName === '.' ? items.filter((i) => !(i.type === 'doc' && i.id === 'index')) : items;
  };
}
