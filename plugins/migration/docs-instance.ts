import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import docsPlugin, {validateOptions} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {parseFrontmatter} from '../../src/content-model/frontmatter';
import {docsInstances, routes} from '../../src/routes/table';
import {generatedPagesReady} from '../shared/generated-pages';
import {guidePages} from './sidebar';

type DocsOptions = Parameters<typeof docsPlugin>[1];
type ItemsGenerator = DocsOptions['sidebarItemsGenerator'];
/** The part of the stock plugin's loaded content this module touches: each doc's pagination. */
type NavLink = {title: string; permalink: string};
type DocsContent = {loadedVersions: {docs: {id: string; sidebar?: string; previous?: NavLink; next?: NavLink}[]}[]};

/**
 * The migration section is served by two docs instances, the guides and the generated API
 * reference (which must stay out of the guides' source folder). Readers see one section: the
 * sidebars list both (./sidebar.ts) and these wrappers carry the "Next" and "Previous" links
 * across, from the last guide to the reference's index and back. Everything else, the
 * plugin's name included, is the stock docs plugin's.
 */
export async function migrationGuidesDocsPlugin(context: LoadContext, options: DocsOptions): Promise<Plugin<unknown>> {
  const docs = (await docsPlugin(context, options)) as Plugin<unknown>;
  return {
    ...docs,
    async loadContent() {
      await generatedPagesReady(context.siteDir);
      const content = (await docs.loadContent?.()) as DocsContent;
      const index = path.join(context.siteDir, docsInstances.apiReference.folder, 'index.md');
      let title: string | undefined;
      try {
        title = String(parseFrontmatter(readFileSync(index, 'utf8')).data.title ?? '') || undefined;
      } catch {
        // No reference generated (referenceOut: false): the last guide has no "Next".
      }
      const last = content.loadedVersions[0]?.docs.find((d) => d.sidebar && d.previous && !d.next);
      if (last && title) last.next = {title, permalink: routes.apiReference()};
      return content;
    },
  };
}
migrationGuidesDocsPlugin.validateOptions = validateOptions;

/** The API reference's docs instance, over the folder the migration plugin generates; waits for the pages before it reads it. */
export default async function apiReferenceDocsPlugin(context: LoadContext, options: DocsOptions): Promise<Plugin<unknown>> {
  // The stock plugin insists its folder exists when it starts; on a fresh clone the pages come later, in loadContent.
  mkdirSync(path.resolve(context.siteDir, options.path), {recursive: true});
  const docs = (await docsPlugin(context, {...options, sidebarItemsGenerator: withoutRootIndex(options.sidebarItemsGenerator)})) as Plugin<unknown>;
  return {
    ...docs,
    async loadContent() {
      await generatedPagesReady(context.siteDir);
      const content = (await docs.loadContent?.()) as DocsContent;
      const lastGuide = guidePages(context.siteDir).at(-1);
      const index = content.loadedVersions[0]?.docs.find((d) => d.id === 'index');
      if (index && lastGuide && !index.previous) index.previous = {title: lastGuide.label, permalink: lastGuide.href};
      return content;
    },
  };
}
apiReferenceDocsPlugin.validateOptions = validateOptions;

/**
 * The folder's `index.md` is the link of the "API reference" category that holds the folder
 * (see ./sidebar.ts), as it was when the reference sat in the migration folder; listed again
 * inside the category, it would appear twice.
 */
function withoutRootIndex(generate: ItemsGenerator): ItemsGenerator {
  return async (args) => {
    const items = await generate(args);
    return args.item.dirName === '.' ? items.filter((i) => !(i.type === 'doc' && i.id === 'index')) : items;
  };
}
