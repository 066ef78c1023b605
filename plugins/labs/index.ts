import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LabSummary} from '../../src/labs/types';
import {routes} from '../../src/routes/table';
import {labsFolder, labSummary, readLabPages} from './content';
import {validateOptions, type PluginOptions} from './options';

const themePath = path.join(__dirname, 'theme');

/**
 * Training labs. Each lab is a doc of kind `lab` in docs/labs, whose front matter holds its
 * steps and checkpoints; its page reads them from the doc's own metadata. This plugin adds the
 * lab components, the summary the labs index embeds (`labs-index.json`) and the progress page.
 */
export default function labsPlugin(context: LoadContext, _options: PluginOptions): Plugin<LabSummary[]> {
  return {
    name: 'ax-labs',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
    getPathsToWatch: () => [path.join(context.siteDir, labsFolder, '*.mdx')],
    async loadContent() {
      return readLabPages(context.siteDir).map(labSummary);
    },
    async contentLoaded({content, actions}) {
      // Read by LabIndex and LabOverview, which lab pages and the index (MDX) embed.
      await actions.createData('labs-index.json', JSON.stringify(content));
      actions.addRoute({path: routes.labProgress(), component: '@theme/LabProgressPage', exact: true, props: {labs: content}});
    },
  };
}

labsPlugin.validateOptions = validateOptions;
