import type {Config, PluginConfig} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import docChecksPlugin from './plugins/doc-checks';
import runbooksPlugin from './plugins/runbooks';
import runbooksDocsPlugin from './plugins/runbooks/docs-instance';
import localSearchPlugin from './plugins/local-search';
import migrationPlugin from './plugins/migration';
import apiReferenceDocsPlugin, {migrationGuidesDocsPlugin} from './plugins/migration/docs-instance';
import {runtimeReleases} from './migration/releases';
import errorsPlugin from './plugins/errors';
import routeLookupPlugin from './plugins/route-lookup';
import registryPlugin from './plugins/registry';
import securityPlugin from './plugins/security';
import templatesPlugin from './plugins/templates';
import binderPlugin from './plugins/binder';
import prefetchOncePlugin from './plugins/prefetch-once';
import hydrationTransitionPlugin from './plugins/hydration-transition';
import analyticsPlugin from './plugins/analytics';
import onboardingPlugin from './plugins/onboarding';
import labsPlugin from './plugins/labs';
import lazyPrismPlugin from './plugins/lazy-prism';
import lazyRoutesPlugin from './plugins/lazy-routes';
import compileHintsPlugin from './plugins/compile-hints';
import recordingsPlugin from './plugins/recordings';
import uxChangesPlugin from './plugins/ux-changes';
import {pluginEntry} from './plugins/shared/plugin-entry';
import {readRedirects} from './src/checks/site-files';
import {contentFolders, docsInstances, routes, type DocsInstance} from './src/routes/table';
import {accessibleDark, accessibleLight} from './src/site/prism-themes';
import {algoliaFromEnv} from './src/site/search';
import {siteUrlFromEnv} from './src/site/site-url';
import {telemetryUrlField, telemetryUrlFromEnv} from './src/telemetry/config';

const algolia = algoliaFromEnv(process.env);
// Feedback and lab progress are sent here when set; otherwise they stay queued in the reader's browser.
const telemetryUrl = telemetryUrlFromEnv(process.env);

/** A docs instance's options, from its entry in the route table. */
const docsOptions = (instance: DocsInstance) => ({
  ...(instance.id === 'default' ? {} : {id: instance.id}),
  path: instance.folder,
  routeBasePath: instance.base.slice(1),
  sidebarPath: instance.sidebar,
  exclude: ['**/_*/**', '**/_*', '**/__tests__/**'],
});

const sitePlugins: PluginConfig[] = [
  // Each runbook's page route carries its view model; its doc item lays out facts, comms and drill.
  pluginEntry(runbooksDocsPlugin, {...docsOptions(docsInstances.runbooks), docItemComponent: '@theme/RunbookDocItem'}),
  // The migration guides and the generated API reference: two docs instances, one section for readers.
  pluginEntry(migrationGuidesDocsPlugin, docsOptions(docsInstances.migration)),
  pluginEntry(apiReferenceDocsPlugin, {...docsOptions(docsInstances.apiReference), exclude: []}),
  pluginEntry(migrationPlugin, {releases: runtimeReleases}),
  pluginEntry(docChecksPlugin, {roots: [...contentFolders]}),
  pluginEntry(runbooksPlugin, {}),
  pluginEntry(registryPlugin, {}),
  pluginEntry(errorsPlugin, {}),
  // The platform security dashboard from committed snapshots, its feeds and the site's own SBOM.
  pluginEntry(securityPlugin, {}),
  // The plugin template library: its pages, its rows of the compatibility matrix and the sample-workspace zips.
  pluginEntry(templatesPlugin, {releases: runtimeReleases}),
  // The handoff binder: one page per chapter below docs/handoff, each from its view model (src/binder/views).
  pluginEntry(binderPlugin, {}),
  // Marketplace analytics from the committed synthetic export; live figures when AX_ANALYTICS_URL is set at build time.
  pluginEntry(analyticsPlugin, process.env.AX_ANALYTICS_URL ? {liveUrl: process.env.AX_ANALYTICS_URL} : {}),
  // Feedback on every doc page and the guided tour; both record through the shared telemetry queue (src/telemetry).
  pluginEntry(onboardingPlugin, {}),
  // Training labs: the lab components, the labs index data and the progress page.
  pluginEntry(labsPlugin, {}),
  // Recorded sessions and walkthroughs with their transcripts; a player only when AX_MEDIA_BASE_URL says where the media is.
  pluginEntry(recordingsPlugin, process.env.AX_MEDIA_BASE_URL ? {mediaBaseUrl: process.env.AX_MEDIA_BASE_URL} : {}),
  // The UX changes page's data: the typed papercut list as one page's JSON, so no zod reaches the browser.
  pluginEntry(uxChangesPlugin, {}),
  // Local search is the offline default; Algolia DocSearch (from the preset) takes over when configured.
  ...(algolia ? [] : [pluginEntry(localSearchPlugin, {})]),
  // Rendering each page matched it against every route; this looks literal routes up instead.
  pluginEntry(routeLookupPlugin, {}),
  // Each chunk is prefetched once, not once per link to a page of the same section.
  pluginEntry(prefetchOncePlugin, {}),
  // What waits for the browser renders after hydration in short slices, not one long task.
  pluginEntry(hydrationTransitionPlugin, {}),
  // Prism loads with the first code block, not on every page before hydration.
  pluginEntry(lazyPrismPlugin, {}),
  // A route's component is built when the route is first shown, not for every route as main.js starts.
  pluginEntry(lazyRoutesPlugin, {}),
  // main.js is compiled as it downloads, off the main thread, not function by function as the page starts.
  pluginEntry(compileHintsPlugin, {}),
  ['@docusaurus/plugin-client-redirects', {redirects: readRedirects(__dirname).map(({from, to}) => ({from, to}))}],
];

const config: Config = {
  title: 'ax docs',
  tagline: 'Build, run and ship plugins on the ax v2 platform',
  favicon: 'img/favicon.svg',
  url: siteUrlFromEnv(process.env),
  baseUrl: '/',
  organizationName: 'ax',
  projectName: 'ax-docs',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // Cascade layers are left off: their polyfill lets Infima's defaults outrank our custom.css colours.
  future: {v4: {removeLegacyPostBuildHeadAttribute: true, useCssCascadeLayers: false}, faster: true},
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  i18n: {defaultLocale: 'en', locales: ['en']},
  customFields: {searchProvider: algolia ? 'algolia' : 'local', ...(telemetryUrl ? {[telemetryUrlField]: telemetryUrl} : {})},
  presets: [
    [
      'classic',
      {
        docs: docsOptions(docsInstances.docs),
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {changefreq: 'weekly', priority: 0.5},
      } satisfies Preset.Options,
    ],
  ],
  plugins: sitePlugins,
  themeConfig: {
    ...(algolia ? {algolia: {...algolia, contextualSearch: false}} : {}),
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'ax docs',
      logo: {alt: 'ax docs home', src: 'img/logo.svg'},
      items: [
        // Plain links, not `docSidebar` items: those match the current path against every doc of
        // their plugin on each page render, which cost about 5 s of a 2,000-doc build (bench:build).
        {to: routes.doc('start-here'), label: 'Docs', position: 'left', activeBaseRegex: `^${routes.doc()}/(?!handoff)`},
        {to: routes.runbook(), label: 'Runbooks', position: 'left', activeBasePath: routes.runbook()},
        {to: routes.migration(), label: 'Migration', position: 'left', activeBasePath: routes.migration()},
        {to: routes.doc('handoff'), label: 'Handoff binder', position: 'left'},
        {to: routes.error(), label: 'Errors', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'Start here', to: routes.doc('start-here')},
            {label: 'Training labs', to: routes.lab()},
            {label: 'Recorded sessions', to: routes.recording()},
            {label: 'Office hours', to: routes.doc('office-hours')},
            {label: 'Plugin templates', to: routes.template()},
            {label: 'Contributing', to: routes.doc('contributing')},
          ],
        },
        {
          title: 'Operate',
          items: [
            {label: 'Runbooks', to: routes.runbook()},
            {label: 'Ownership matrix', to: routes.doc('reference/ownership')},
            {label: 'Migrate to v2', to: routes.migration()},
          ],
        },
        {
          title: 'Measure',
          items: [
            {label: 'Marketplace analytics', to: routes.analytics()},
            {label: 'Security dashboard', to: routes.security()},
            {label: 'Doc health', to: routes.health()},
          ],
        },
      ],
      copyright: 'ax platform documentation. Built with Docusaurus.',
    },
    // Prism has prismjs's JavaScript and these only (plugins/lazy-prism): a fence in any other language renders as plain text.
    prism: {theme: accessibleLight, darkTheme: accessibleDark, additionalLanguages: ['bash', 'json', 'typescript', 'yaml']},
  } satisfies Preset.ThemeConfig,
};

export default config;
