import {generatedFiles, routes} from '../../src/routes/table';
import type {Snapshot} from '../../src/analytics/schema/snapshot';
import {datasetFileList} from '../../src/analytics/views/exports';
import {allWidgetSpecs, buildWidget, overviewPage, pluginPage, type AnalyticsPageView, type WidgetView} from '../../src/analytics/views';
import {pluginInstallsSeries, type PluginInstallsSeries} from '../../src/analytics/views/plugin-installs';

/** Where the browser may fetch live figures, when the build was given an endpoint. */
export interface LiveConfig {
  url: string;
  timeoutMs: number;
}

/** One widget's JSON module, for `@theme/Analytics*` components embedded in MDX. */
export interface WidgetData {
  view: WidgetView;
  live: LiveConfig | null;
}

/** A page's JSON module: the overview's or a plugin's, its route prop. */
export interface PageData {
  page: AnalyticsPageView;
  live: LiveConfig | null;
  /** Every plugin with a page, for the overview's list. */
  pluginIds: string[];
  /** The overview's plugin picker: every plugin's weekly installs, a few numbers each; null on a plugin's page. */
  pluginInstalls: PluginInstallsSeries | null;
  links: {
    eventsSchema: string;
    snapshotSchema: string;
    exports: {href: string; title: string}[];
    overview: string;
  };
}

/** The JSON modules the plugin writes with `createData`, by file name; pages and widgets import only their own. */
export function dataModules(snapshot: Snapshot, live: LiveConfig | null): {widgets: Record<string, WidgetData>; pages: {route: string; file: string; data: PageData}[]} {
  const links = {
    eventsSchema: generatedFiles.analyticsEventsSchema,
    snapshotSchema: generatedFiles.analyticsSnapshotSchema,
    exports: datasetFileList(snapshot).map(({file, title}) => ({href: routes.analyticsExport(file), title})),
    overview: routes.analytics(),
  };
  const pluginIds = snapshot.plugins.map((p) => p.plugin);
  const widgets: Record<string, WidgetData> = {};
  for (const spec of allWidgetSpecs(snapshot).filter((s) => s.scope === 'overall')) {
    const view = buildWidget(snapshot, spec);
    widgets[`${view.key}.json`] = {view, live};
  }
  return {
    widgets,
    pages: [
      {route: routes.analytics(), file: 'page-overview.json', data: {page: overviewPage(snapshot), live, pluginIds, pluginInstalls: pluginInstallsSeries(snapshot), links}},
      ...snapshot.plugins.map((p) => ({
        route: routes.analyticsPlugin(p.plugin),
        file: `page-plugin-${p.plugin}.json`,
        data: {page: pluginPage(snapshot, p.plugin), live, pluginIds, pluginInstalls: null, links},
      })),
    ],
  };
}
