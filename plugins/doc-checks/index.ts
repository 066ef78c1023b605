import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {isoDay} from '../../src/content-model/dates';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {RuleMeta} from '../../src/checks/rule';
import {permalinksFile, redirectsFile} from '../../src/checks/site-files';
import {generatedPagesReady} from '../shared/generated-pages';
import {callInWorker} from '../shared/worker-call';
import {formatBuildFailure} from './report';
import {validateOptions, type PluginOptions} from './options';
import type {DocChecksContent, DocChecksInput} from './run-checks';

export type {DocChecksContent} from './run-checks';

/** What pages read with `usePluginData('ax-doc-checks')`. */
export interface DocChecksGlobalData {
  findingCount: number;
  rules: RuleMeta[];
  /** Day freshness is judged against: the build date, YYYY-MM-DD. */
  buildDate: string;
}

/** Where the build writes the machine-readable health report, below the output folder. */
export const healthReportPath = 'health/report.json';

/**
 * Runs the same rules as `npm run check` inside the build: errors fail a production build,
 * `npm start` shows them as warnings. Also publishes the doc health page and report.
 */
export default function docChecksPlugin(context: LoadContext, options: PluginOptions): Plugin<DocChecksContent> {
  const failOnError = options.failOnError ?? process.env.NODE_ENV === 'production';
  const today = options.today ?? isoDay();
  return {
    name: 'ax-doc-checks',
    getPathsToWatch() {
      return [...options.roots.map((r) => `${context.siteDir}/${r}/**/*.{md,mdx}`), `${context.siteDir}/${redirectsFile}`, `${context.siteDir}/${permalinksFile}`];
    },
    async loadContent() {
      // In a worker thread: the checks read and parse every page while Docusaurus loads the docs.
      // Generated pages are checked like any other, so the input waits until they are written.
      const input = generatedPagesReady(context.siteDir).then((): DocChecksInput => ({siteDir: context.siteDir, roots: options.roots, today, rules: options.rules}));
      return callInWorker<DocChecksInput, DocChecksContent>(path.join(__dirname, 'run-checks.ts'), 'runDocChecks', input);
    },
    async contentLoaded({content, actions}) {
      const errors = content.findings.filter((f) => f.severity === 'error');
      if (errors.length && failOnError) throw new Error(formatBuildFailure(content.findings));
      if (content.findings.length) console.warn(formatBuildFailure(content.findings));
      const globalData: DocChecksGlobalData = {findingCount: content.findings.length, rules: content.rules, buildDate: today};
      actions.setGlobalData(globalData);
      const report = await actions.createData('health-report.json', JSON.stringify(content.health));
      actions.addRoute({path: '/health', component: '@site/src/components/DocHealth/HealthPage', modules: {report}, exact: true});
    },
    async postBuild({content, outDir}) {
      const file = path.join(outDir, healthReportPath);
      await mkdir(path.dirname(file), {recursive: true});
      await writeFile(file, `${JSON.stringify({...content.health, findings: content.findings}, null, 2)}\n`);
    },
  };
}

docChecksPlugin.validateOptions = validateOptions;
