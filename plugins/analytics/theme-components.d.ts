/**
 * `@theme` components of the analytics plugin (its `theme/` folder) that TypeScript modules and
 * other plugins import; a site can swizzle any of them.
 */
declare module '@theme/AnalyticsChart' {
  export default function AnalyticsChart(props: {chart: import('../../src/analytics/views/charts').ChartView; desc: string}): import('react').ReactElement;
}
declare module '@theme/AnalyticsWidget' {
  export default function AnalyticsWidget(props: {
    view: import('../../src/analytics/views').WidgetView;
    live: import('./page-data').LiveConfig | null;
    /** Controls inside the widget, under its caption: the overview's plugin picker. */
    controls?: import('react').ReactNode;
  }): import('react').ReactElement;
}
declare module '@theme/AnalyticsPluginPicker' {
  /** The overview's installs widget for one plugin at a time, with its plugin picker. */
  export default function AnalyticsPluginPicker(props: {
    series: import('../../src/analytics/views/plugin-installs').PluginInstallsSeries;
    live: import('./page-data').LiveConfig | null;
  }): import('react').ReactElement;
}
declare module '@theme/AnalyticsTemplates' {
  /** Template inits per archetype and template adoption, from the build's snapshot. */
  export default function AnalyticsTemplates(): import('react').ReactElement;
}
