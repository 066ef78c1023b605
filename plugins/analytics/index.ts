import path from 'node:path';
import {announce} from '../shared/content-handoff';
import {siteModule} from '../shared/site-module';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Snapshot} from '../../src/analytics/schema/snapshot';
import {loadSnapshot} from './load-snapshot';
import {dataModules, type LiveConfig} from './page-data';
import {validateOptions, type PluginOptions} from './options';
import {writeAnalyticsFiles} from './write-files';

export type {LiveConfig, PageData, WidgetData} from './page-data';

/**
 * Marketplace analytics: computes the metrics snapshot from the committed export at build time,
 * publishes `/analytics` and one page per plugin, the schemas and the exports. Widgets are
 * `@theme/Analytics*` components; each page and each embeddable widget loads only its own JSON.
 * With `liveUrl` the browser swaps in live figures (./client/live-store.ts); without it the
 * live code is aliased to a stub, so a default build ships no validator.
 */
export default function analyticsPlugin(context: LoadContext, options: PluginOptions): Plugin<Snapshot> {
  const live: LiveConfig | null = options.liveUrl ? {url: options.liveUrl.replace(/\/+$/, ''), timeoutMs: options.liveTimeoutMs} : null;
  // The binder's KPI scorecard scores this same snapshot instead of computing its own.
  const handOver = announce(context.siteDir, 'analytics-snapshot');
  return {
    name: 'ax-analytics',
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, 'theme');
    },
    getPathsToWatch() {
      return [path.join(context.siteDir, options.snapshotFile ?? options.eventsFile)];
    },
    configureWebpack() {
      const liveModule = live ? 'client/live-snapshot.ts' : 'client/no-live-snapshot.ts';
      return {resolve: {alias: {'@ax-analytics/live-snapshot': path.join(__dirname, liveModule)}}};
    },
    async loadContent() {
      return handOver(loadSnapshot(context.siteDir, options));
    },
    async contentLoaded({content, actions}) {
      const {widgets, pages} = dataModules(content, live);
      await Promise.all(Object.entries(widgets).map(([file, data]) => actions.createData(file, JSON.stringify(data))));
      for (const {route, file, data} of pages) {
        const module = await actions.createData(file, JSON.stringify(data));
        actions.addRoute({path: route, component: '@theme/AnalyticsPage', modules: {data: siteModule(context.siteDir, module)}, exact: true});
      }
    },
    async postBuild({content, outDir}) {
      await writeAnalyticsFiles(outDir, context.siteConfig.url, content);
    },
  };
}

analyticsPlugin.validateOptions = validateOptions;
