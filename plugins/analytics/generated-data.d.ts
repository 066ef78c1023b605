/**
 * The widget JSON modules the analytics plugin writes with `createData` (./page-data.ts), one per
 * overview widget. Declared here so the components type-check on a fresh clone, before any build.
 */
declare module '@generated/ax-analytics/default/funnel.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}
declare module '@generated/ax-analytics/default/active-daily.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}
declare module '@generated/ax-analytics/default/active-weekly.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}
declare module '@generated/ax-analytics/default/cohorts.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}
declare module '@generated/ax-analytics/default/installs.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}
declare module '@generated/ax-analytics/default/top-plugins.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}
declare module '@generated/ax-analytics/default/search-trends.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}
declare module '@generated/ax-analytics/default/templates.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}
declare module '@generated/ax-analytics/default/labs.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}
declare module '@generated/ax-analytics/default/helpfulness.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}
declare module '@generated/ax-analytics/default/alerts.json' {
  const data: import('./page-data').WidgetData;
  export default data;
}

/** The live fetcher: ./client/live-snapshot.ts in a build with a live endpoint, ./client/no-live-snapshot.ts otherwise (see index.ts). */
declare module '@ax-analytics/live-snapshot' {
  export const fetchLive: import('./client/live-types').FetchLive;
}
