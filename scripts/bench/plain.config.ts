import type {Config} from '@docusaurus/types';

/**
 * The peer in `npm run bench:build`: stock Docusaurus classic with Faster on and none of our
 * plugins, over the same generated docs. Only the docs path comes from the environment.
 */
const config: Config = {
  title: 'plain docusaurus',
  url: 'https://bench.example',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'warn',
  future: {v4: {removeLegacyPostBuildHeadAttribute: true, useCssCascadeLayers: false}, faster: true},
  presets: [
    [
      'classic',
      {
        docs: {path: process.env.AX_DOCS_DOCS_PATH ?? 'docs', routeBasePath: 'docs'},
        blog: false,
        pages: {path: process.env.AX_BENCH_PAGES_PATH ?? 'src/pages'},
      },
    ],
  ],
};

export default config;
