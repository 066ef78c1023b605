import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {binderPageProps} from '../../src/binder/views/binder-model';
import type {BinderModel} from '../../src/binder/views/types';
import {buildMoment} from '../shared/build-moment';
import {receive} from '../shared/content-handoff';
import {callInWorker} from '../shared/worker-call';
import type {BinderInput} from './content';
import {validateOptions, type PluginOptions} from './options';
import type {BinderDownloadsJob, runBinderDownloads} from './print';

const themePath = path.join(__dirname, 'theme');

/**
 * The handoff binder's chapters: builds every chapter's view model in `loadContent` (in a
 * worker), and adds one page per chapter below the binder's front page in `contentLoaded`, each
 * with its own chapter's view as route props. The front page stays a doc (docs/handoff/index.md).
 * The PDF and the decks are made from the same view models.
 */
export default function binderPlugin(context: LoadContext, options: PluginOptions): Plugin<BinderModel> {
  return {
    name: 'ax-binder',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
    getPathsToWatch() {
      return ['handoff/**/*', 'src/binder/**/*.ts', 'runbooks/**/*', 'security/snapshots/**/*', 'recordings/**/*', 'docs/labs/**/*'].map((g) => path.join(context.siteDir, g));
    },
    async loadContent() {
      const base: BinderInput = {siteDir: context.siteDir, moment: buildMoment().toISOString(), commit: options.commit};
      // The KPI scorecard scores the analytics plugin's snapshot; the worker starts while it loads.
      const analytics = receive(context.siteDir, 'analytics-snapshot');
      const input = analytics ? analytics.then((snapshot) => ({...base, analytics: snapshot})) : base;
      const started = performance.now();
      const model = await callInWorker<BinderInput, BinderModel>(path.join(__dirname, 'content.ts'), 'loadBinderContent', input);
      // The binder's share of the build, beside the PDF and decks' budget (issue 17: at most 60 s for those).
      console.log(`[ax-binder] view models of ${model.chapters.length} chapters built in ${Math.round(performance.now() - started)} ms`);
      return model;
    },
    async contentLoaded({content, actions}) {
      const {addRoute} = actions;
      for (const chapter of content.chapters) {
        addRoute({path: chapter.route, component: '@theme/BinderChapterPage', exact: true, props: {page: binderPageProps(content, chapter.id)}});
      }
    },
    async postBuild({content, outDir, siteConfig}) {
      // The PDF and the decks: every build writes them, so no page links a file the build did not write.
      const job: BinderDownloadsJob = {outDir, siteDir: context.siteDir, baseUrl: siteConfig.baseUrl, siteUrl: siteConfig.url, moment: content.builtAt, model: content};
      const started = Date.now();
      const done = await callInWorker<BinderDownloadsJob, Awaited<ReturnType<typeof runBinderDownloads>>>(path.join(__dirname, 'print', 'index.ts'), 'runBinderDownloads', job);
      for (const line of done.lines) console.log(line);
      console.log(`binder: PDF and decks added ${((Date.now() - started) / 1000).toFixed(1)} s to the build (worker start included)`);
    },
  };
}

binderPlugin.validateOptions = validateOptions;
