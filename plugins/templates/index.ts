import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {samplePluginName} from '../../src/template-model/defaults';
import {routes} from '../../src/routes/table';
import {announce} from '../shared/content-handoff';
import {callInWorker} from '../shared/worker-call';
import type {TemplatesContent, TemplatesInput} from './content';
import {validateOptions, type PluginOptions} from './options';
import {zipWorkspace} from './zip';

const themePath = path.join(__dirname, 'theme');

/**
 * The plugin template library: checks every template against the runtime API in
 * `loadContent` (in a worker); adds the comparison page and one page per archetype, and writes
 * the templates' rows of the compatibility matrix, in `contentLoaded`; packs each sample
 * workspace as `/templates/<archetype>.zip` in `postBuild`.
 */
export default function templatesPlugin(context: LoadContext, options: PluginOptions): Plugin<TemplatesContent> {
  // The migration plugin publishes these rows in compatibility.json, beside the API's.
  const handOverMatrix = announce(context.siteDir, 'template-matrix');
  return {
    name: 'ax-templates',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
    getPathsToWatch() {
      return [path.join(context.siteDir, 'templates/**/*'), path.join(context.siteDir, 'src/template-model/**/*.ts')];
    },
    async loadContent() {
      const loading = callInWorker<TemplatesInput, TemplatesContent>(path.join(__dirname, 'content.ts'), 'loadTemplatesContent', {siteDir: context.siteDir, releases: options.releases}, {native: ['typescript', 'zod', 'yaml']});
      void handOverMatrix(loading.then((content) => content.matrix));
      return loading;
    },
    async contentLoaded({content, actions}) {
      const {addRoute, createData} = actions;
      addRoute({path: routes.template(), component: '@theme/TemplateIndexPage', exact: true, props: {view: content.index}});
      for (const view of content.pages) addRoute({path: routes.template(view.summary.archetype), component: '@theme/TemplatePage', exact: true, props: {view}});
      // Read by TemplateCompatibility, which the compatibility matrix page (an MDX page) embeds.
      await createData('template-matrix.json', JSON.stringify(content.matrix));
    },
    async postBuild({content, outDir}) {
      await Promise.all(
        content.samples.map(async ({archetype, files}) => {
          const file = path.join(outDir, routes.templateZip(archetype));
          await mkdir(path.dirname(file), {recursive: true});
          await writeFile(file, zipWorkspace(samplePluginName(archetype), files));
        }),
      );
    },
  };
}

templatesPlugin.validateOptions = validateOptions;
