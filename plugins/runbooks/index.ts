import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {findError} from '../../src/error-catalog';
import {buildDay} from '../shared/build-moment';
import {docsInstances} from '../../src/routes/table';
import {loadRunbooksContent, type RunbooksContent} from './content';
import {dataFiles} from './data-files';
import {validateOptions, type PluginOptions} from './options';

/**
 * Builds the runbooks section's view models (each runbook page's facts, comms and drill, the
 * knowledge base, the guides and the trigger → runbook map for the error pages) and writes each
 * as its own JSON module, so a page loads only the data it shows. No global data.
 */
export default function runbooksPlugin(context: LoadContext, options: PluginOptions): Plugin<RunbooksContent> {
  return {
    name: 'ax-runbooks',
    getPathsToWatch() {
      return [path.join(context.siteDir, docsInstances.runbooks.folder, '**/*.{md,mdx,json}')];
    },
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, 'theme');
    },
    async loadContent() {
      return loadRunbooksContent(context.siteDir, {today: options.today ?? buildDay(), errorTitle: (id) => findError(id)?.title});
    },
    async contentLoaded({content, actions}) {
      await Promise.all(Object.entries(dataFiles(content)).map(([name, data]) => actions.createData(name, JSON.stringify(data))));
    },
  };
}

runbooksPlugin.validateOptions = validateOptions;
