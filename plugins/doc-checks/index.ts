import type {LoadContext, Plugin} from '@docusaurus/types';
import {allRules, compareFindings, loadSiteModel, listContentFiles, runRules, type Finding} from '../../src/checks';
import {formatBuildFailure} from './report';
import {validateOptions, type PluginOptions} from './options';

export interface DocChecksContent {
  findings: Finding[];
}

/** Runs the same rules as `npm run check` inside the build: errors fail a production build. */
export default function docChecksPlugin(context: LoadContext, options: PluginOptions): Plugin<DocChecksContent> {
  const failOnError = options.failOnError ?? process.env.NODE_ENV === 'production';
  return {
    name: 'ax-doc-checks',
    getPathsToWatch() {
      return options.roots.map((r) => `${context.siteDir}/${r}/**/*.{md,mdx}`);
    },
    async loadContent() {
      const files = await listContentFiles(context.siteDir, options.roots);
      const model = await loadSiteModel(context.siteDir, {files});
      const findings = (await runRules(allRules, model, options.rules)).sort(compareFindings);
      return {findings};
    },
    async contentLoaded({content, actions}) {
      const errors = content.findings.filter((f) => f.severity === 'error');
      if (errors.length && failOnError) throw new Error(formatBuildFailure(content.findings));
      if (content.findings.length) console.warn(formatBuildFailure(content.findings));
      actions.setGlobalData({findingCount: content.findings.length, rules: allRules.map((r) => r.meta)});
    },
  };
}

docChecksPlugin.validateOptions = validateOptions;
