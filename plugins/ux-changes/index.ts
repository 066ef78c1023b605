import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {papercuts} from '../../src/ux/papercuts';
import {uxChangesView, type UxChangesView} from '../../src/ux/changes-view';
import {validateOptions, type PluginOptions} from './options';

const themePath = path.join(__dirname, 'theme');

/**
 * The UX changes page's data: `loadContent` checks the typed papercut list (src/ux/papercuts)
 * and builds the page's view; `contentLoaded` writes it with `createData`. The page
 * (docs/reference/ux-changes.mdx) renders it with `@theme/UxChanges`, which imports that one
 * file, so the list, its schema and zod stay out of the browser bundle.
 */
export default function uxChangesPlugin(context: LoadContext, _options: PluginOptions): Plugin<UxChangesView> {
  return {
    name: 'ax-ux-changes',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
    getPathsToWatch: () => [path.join(context.siteDir, 'src/ux/**/*.ts')],
    async loadContent() {
      return uxChangesView(papercuts);
    },
    async contentLoaded({content, actions}) {
      // Imported as @generated/ax-ux-changes/default/ux-changes.json by @theme/UxChanges only.
      await actions.createData('ux-changes.json', JSON.stringify(content));
    },
  };
}

uxChangesPlugin.validateOptions = validateOptions;
