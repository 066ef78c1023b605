import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {allRules, compareFindings, loadSiteModel, listContentFiles, runRules, type Finding} from '../../src/checks';
import {buildHealthReport, type HealthReport} from '../../src/checks/health';
import {permalinksFile, redirectsFile} from '../../src/checks/site-files';
import {formatBuildFailure} from './report';
import {validateOptions, type PluginOptions} from './options';

export interface DocChecksContent {
  findings: Finding[];
  health: HealthReport;
}

/** What pages read with `usePluginData('ax-doc-checks')`. */
export interface DocChecksGlobalData {
  findingCount: number;
  rules: (typeof allRules)[number]['meta'][];
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
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return {
    name: 'ax-doc-checks',
    getPathsToWatch() {
      return [...options.roots.map((r) => `${context.siteDir}/${r}/**/*.{md,mdx}`), `${context.siteDir}/${redirectsFile}`, `${context.siteDir}/${permalinksFile}`];
    },
    async loadContent() {
      const files = await listContentFiles(context.siteDir, options.roots);
      const model = await loadSiteModel(context.siteDir, {files, today});
      const findings = (await runRules(allRules, model, options.rules)).sort(compareFindings);
      return {findings, health: buildHealthReport(model, findings)};
    },
    async contentLoaded({content, actions}) {
      const errors = content.findings.filter((f) => f.severity === 'error');
      if (errors.length && failOnError) throw new Error(formatBuildFailure(content.findings));
      if (content.findings.length) console.warn(formatBuildFailure(content.findings));
      const globalData: DocChecksGlobalData = {findingCount: content.findings.length, rules: allRules.map((r) => r.meta), buildDate: today};
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
