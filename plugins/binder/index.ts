import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {binderPageProps} from '../../src/binder/views/binder-model';
import type {BinderModel} from '../../src/binder/views/types';
import {buildMoment} from '../shared/build-moment';
import {receive} from '../shared/content-handoff';
import {callInWorker} from '../shared/worker-call';
import type {BinderInput} from './content';
import {validateOptions, type PluginOptions} from './options';
import type {BinderDownloadsJob, BinderOutput, runBinderDownloads} from './print';

const themePath = path.join(__dirname, 'theme');

/**
 * The handoff binder's chapters: builds every chapter's view model in `loadContent` (in a
 * worker), and adds one page per chapter below the binder's front page in `contentLoaded`, each
 * with its own chapter's view as route props. The front page stays a doc (docs/handoff/index.md).
 * The PDF and the decks are made from the same view models, in a worker of their own.
 */
export default function binderPlugin(context: LoadContext, options: PluginOptions): Plugin<BinderModel> {
  let downloads: ReturnType<typeof startDownloads> | undefined;
  const startDownloads = (model: BinderModel) => {
    let sendOutput!: (output: BinderOutput) => void;
    const later = new Promise<BinderOutput>((resolve) => (sendOutput = resolve));
    const job: BinderDownloadsJob = {siteDir: context.siteDir, baseUrl: context.siteConfig.baseUrl, siteUrl: context.siteConfig.url, moment: model.builtAt, model};
    const result = callInWorker<BinderDownloadsJob, Awaited<ReturnType<typeof runBinderDownloads>>, BinderOutput>(path.join(__dirname, 'print', 'index.ts'), 'runBinderDownloads', job, {
      later,
      native: ['pptxgenjs', '@marp-team/marp-core', 'pdf-lib', 'playwright-core'],
    });
    // Awaited in postBuild; a build that fails before then must not also report this.
    result.catch(() => undefined);
    return {result, sendOutput};
  };
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
      const model = await callInWorker<BinderInput, BinderModel>(path.join(__dirname, 'content.ts'), 'loadBinderContent', input, {native: ['zod', 'yaml', 'markdown-it', 'semver']});
      // The binder's share of the build, beside the PDF and decks' budget (issue 17: at most 60 s for those).
      console.log(`[ax-binder] view models of ${model.chapters.length} chapters built in ${Math.round(performance.now() - started)} ms`);
      return model;
    },
    async contentLoaded({content, actions}) {
      const {addRoute} = actions;
      for (const chapter of content.chapters) {
        addRoute({path: chapter.route, component: '@theme/BinderChapterPage', exact: true, props: {page: binderPageProps(content, chapter.id)}});
      }
      // A production build starts the downloads' worker now: it loads, starts the browser and
      // renders the decks while the site is bundled and rendered, and prints the PDF from the
      // built pages when postBuild hands it the folder. `docusaurus start` has no postBuild.
      if (process.env.NODE_ENV === 'production') downloads = startDownloads(content);
    },
    async postBuild({content, outDir}) {
      // The PDF and the decks: every build writes them, so no page links a file the build did not write.
      const started = Date.now();
      downloads ??= startDownloads(content);
      downloads.sendOutput({outDir});
      const done = await downloads.result;
      for (const line of done.lines) console.log(line);
      console.log(`binder: PDF and decks added ${((Date.now() - started) / 1000).toFixed(1)} s to the build after the pages were rendered`);
    },
  };
}

binderPlugin.validateOptions = validateOptions;
