import type {Config, PluginConfig, PluginModule} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import docChecksPlugin from './plugins/doc-checks';
import runbooksPlugin from './plugins/runbooks';
import localSearchPlugin from './plugins/local-search';
import migrationPlugin from './plugins/migration';
import apiReferenceDocsPlugin, {migrationGuidesDocsPlugin} from './plugins/migration/docs-instance';
import {runtimeReleases} from './migration/releases';
import errorsPlugin from './plugins/errors';
import browserOnlyModulesPlugin from './plugins/browser-only-modules';
import routeLookupPlugin from './plugins/route-lookup';
import prebuiltMermaidPlugin from './plugins/prebuilt-mermaid';
import {readRedirects} from './src/checks/site-files';
import {accessibleDark, accessibleLight} from './src/site/prism-themes';
import {algoliaFromEnv} from './src/site/search';
import {siteUrlFromEnv} from './src/site/site-url';
import {docsInstances} from './src/routes/table';

const algolia = algoliaFromEnv(process.env);

const sitePlugins: PluginConfig[] = [
  [
    '@docusaurus/plugin-content-docs',
    {
      id: 'runbooks',
      path: 'runbooks',
      routeBasePath: 'runbooks',
      sidebarPath: './sidebars.runbooks.ts',
      exclude: ['**/_*/**', '**/_*', '**/__tests__/**'],
    },
  ],
  // The migration guides and the generated API reference: two docs instances, one section for readers.
  [
    migrationGuidesDocsPlugin as unknown as PluginModule,
    {
      id: docsInstances.migration.id,
      path: docsInstances.migration.folder,
      routeBasePath: docsInstances.migration.base,
      sidebarPath: docsInstances.migration.sidebar,
      exclude: ['**/_*/**', '**/_*', '**/__tests__/**'],
    },
  ],
  [
    apiReferenceDocsPlugin as unknown as PluginModule,
    {
      id: docsInstances.apiReference.id,
      path: docsInstances.apiReference.folder,
      routeBasePath: docsInstances.apiReference.base,
      sidebarPath: docsInstances.apiReference.sidebar,
    },
  ],
  [migrationPlugin as unknown as PluginModule, {releases: runtimeReleases}],
  [docChecksPlugin as unknown as PluginModule, {roots: ['docs', 'runbooks', 'migration', docsInstances.apiReference.folder]}],
  [runbooksPlugin as unknown as PluginModule, {}],
  [errorsPlugin as unknown as PluginModule, {}],
  // Local search is the offline default; Algolia DocSearch (from the preset) takes over when configured.
  ...(algolia ? [] : [[localSearchPlugin as unknown as PluginModule, {}] satisfies PluginConfig]),
  // Mermaid renders in the browser only; the server bundle need not carry it.
  [browserOnlyModulesPlugin as unknown as PluginModule, {modules: ['mermaid', '@mermaid-js/layout-elk']}],
  // In the browser, Mermaid's own prebuilt ES modules are served as files instead of re-bundled.
  [prebuiltMermaidPlugin as unknown as PluginModule, {}],
  // Rendering each page matched it against every route; this looks literal routes up instead.
  [routeLookupPlugin as unknown as PluginModule, {}],
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
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  i18n: {defaultLocale: 'en', locales: ['en']},
  customFields: {searchProvider: algolia ? 'algolia' : 'local'},
  themes: ['@docusaurus/theme-mermaid'],
  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          exclude: ['**/_*/**', '**/_*', '**/__tests__/**'],
        },
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
        {to: '/docs/start-here', label: 'Docs', position: 'left', activeBaseRegex: '^/docs/(?!handoff)'},
        {to: '/runbooks', label: 'Runbooks', position: 'left', activeBasePath: '/runbooks'},
        {to: '/migration', label: 'Migration', position: 'left', activeBasePath: '/migration'},
        {to: '/docs/handoff', label: 'Handoff binder', position: 'left'},
        {to: '/errors', label: 'Errors', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'Start here', to: '/docs/start-here'},
            {label: 'Contributing', to: '/docs/contributing'},
          ],
        },
        {
          title: 'Operate',
          items: [
            {label: 'Runbooks', to: '/runbooks'},
            {label: 'Ownership matrix', to: '/docs/reference/ownership'},
            {label: 'Migrate to v2', to: '/migration'},
          ],
        },
      ],
      copyright: 'ax platform documentation. Built with Docusaurus.',
    },
    prism: {theme: accessibleLight, darkTheme: accessibleDark, additionalLanguages: ['bash', 'json']},
    mermaid: {
      theme: {light: 'base', dark: 'dark'},
      // Explicit colours keep diagram labels at 4.5:1 or better; the stock light theme does not.
      options: {flowchart: {htmlLabels: false}, themeVariables: {primaryColor: '#e8eefb', primaryTextColor: '#14213d', primaryBorderColor: '#1d4f9c', lineColor: '#3d4451', textColor: '#1f2328', edgeLabelBackground: '#ffffff', fontSize: '15px'}},
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
