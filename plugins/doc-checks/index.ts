import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {buildDay} from '../shared/build-moment';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {permalinksFile, redirectsFile} from '../../src/checks/site-files';
import {teams} from '../../src/content-model/registry/teams';
import {generatedFiles, routes} from '../../src/routes/table';
import {generatedPagesReady} from '../shared/generated-pages';
import {siteModule} from '../shared/site-module';
import {callInWorker} from '../shared/worker-call';
import {formatBuildFailure} from './report';
import {validateOptions, type PluginOptions} from './options';
import type {DocChecksContent, DocChecksInput} from './run-checks';

export type {DocChecksContent} from './run-checks';

/**
 * What every doc page reads with `usePluginData('ax-doc-checks')`: only what its footer needs,
 * so the registry and its schemas stay out of the browser.
 */
export interface DocChecksGlobalData {
  /** Day freshness is judged against: the build date, YYYY-MM-DD. */
  buildDate: string;
  /** Team names by id, for "Owned by …". */
  teamNames: Record<string, string>;
}

/** What the health page's route module holds besides the report. */
export type HealthPageProps = {
  /** URL of the machine-readable report. */
  reportUrl: string;
};

/**
 * Runs the same rules as `npm run check` inside the build: errors fail a production build,
 * `npm start` shows them as warnings. Also publishes the doc health page and report.
 */
export default function docChecksPlugin(context: LoadContext, options: PluginOptions): Plugin<DocChecksContent> {
  const failOnError = options.failOnError ?? process.env.NODE_ENV === 'production';
  const today = options.today ?? buildDay();
  return {
    name: 'ax-doc-checks',
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, 'theme');
    },
    getPathsToWatch() {
      return [...options.roots.map((r) => `${context.siteDir}/${r}/**/*.{md,mdx}`), `${context.siteDir}/${redirectsFile}`, `${context.siteDir}/${permalinksFile}`];
    },
    async loadContent() {
      // In a worker thread: the checks read and parse every page while Docusaurus loads the docs.
      // Generated pages are checked like any other, so the input waits until they are written.
      const input = generatedPagesReady(context.siteDir).then((): DocChecksInput => ({siteDir: context.siteDir, roots: options.roots, today, rules: options.rules}));
      return callInWorker<DocChecksInput, DocChecksContent>(path.join(__dirname, 'run-checks.ts'), 'runDocChecks', input, {native: ['typescript', 'zod', 'yaml', 'markdown-it']});
    },
    async contentLoaded({content, actions}) {
      const errors = content.findings.filter((f) => f.severity === 'error');
      if (errors.length && failOnError) throw new Error(formatBuildFailure(content.findings));
      if (content.findings.length) console.warn(formatBuildFailure(content.findings));
      const globalData: DocChecksGlobalData = {buildDate: today, teamNames: Object.fromEntries(teams.map((t) => [t.id, t.name]))};
      actions.setGlobalData(globalData);
      // The rules page imports this file (@generated/ax-doc-checks/default/rules.json); no other page loads it.
      await actions.createData('rules.json', JSON.stringify(content.rules));
      const report = await actions.createData('health-report.json', JSON.stringify(content.health));
      const props: HealthPageProps = {reportUrl: generatedFiles.healthReport};
      actions.addRoute({path: routes.health(), component: '@theme/DocHealthPage', modules: {report: siteModule(context.siteDir, report)}, props, exact: true});
    },
    async postBuild({content, outDir}) {
      const file = path.join(outDir, generatedFiles.healthReport);
      await mkdir(path.dirname(file), {recursive: true});
      await writeFile(file, `${JSON.stringify({...content.health, findings: content.findings}, null, 2)}\n`);
    },
  };
}

docChecksPlugin.validateOptions = validateOptions;
