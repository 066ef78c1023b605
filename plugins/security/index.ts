import {copyFile, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {SecurityDashboard} from '../../src/security/dashboard';
import {atomFeed, jsonFeed} from '../../src/security/feeds';
import {generatedFiles, routes} from '../../src/routes/table';
import {judgedAt, loadDashboard} from './content';
import {siteModule} from '../shared/site-module';
import {validateOptions, type PluginOptions} from './options';

/** What the dashboard page receives besides its data: where the feeds and the SBOM are. */
export type SecurityPageProps = {
  feedJson: string;
  feedAtom: string;
  sbom: string;
};

/**
 * `/security`: the platform's dependency freshness, CVE backlog, coverage, drift and update plan,
 * from committed snapshots. The page's data is a route module (`createData`), so neither the
 * snapshots nor zod reach other pages; postBuild writes the feeds and the site's own SBOM.
 */
export default function securityPlugin(context: LoadContext, options: PluginOptions): Plugin<SecurityDashboard> {
  const snapshots = path.resolve(context.siteDir, options.snapshots);
  return {
    name: 'ax-security',
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, 'theme');
    },
    getPathsToWatch() {
      return [`${snapshots}/*.json`, path.join(context.siteDir, 'security/policy.ts')];
    },
    async loadContent() {
      return loadDashboard(snapshots, judgedAt(options.judgedAt, process.env));
    },
    async contentLoaded({content, actions}) {
      const dashboard = await actions.createData('dashboard.json', JSON.stringify(content));
      const props: SecurityPageProps = {feedJson: generatedFiles.securityFeedJson, feedAtom: generatedFiles.securityFeedAtom, sbom: generatedFiles.securitySbom};
      actions.addRoute({path: routes.security(), component: '@theme/SecurityDashboard', modules: {dashboard: siteModule(context.siteDir, dashboard)}, props, exact: true});
    },
    async postBuild({content, outDir, siteConfig}) {
      const out = (route: string) => path.join(outDir, route);
      await mkdir(path.dirname(out(generatedFiles.securityFeedJson)), {recursive: true});
      await copyFile(path.resolve(context.siteDir, options.sbom), out(generatedFiles.securitySbom));
      await writeFile(out(generatedFiles.securityFeedJson), jsonFeed(content, {page: routes.security(), sbom: generatedFiles.securitySbom}));
      await writeFile(out(generatedFiles.securityFeedAtom), atomFeed(content, siteConfig.url, {page: routes.security(), feed: generatedFiles.securityFeedAtom}));
    },
  };
}

securityPlugin.validateOptions = validateOptions;
