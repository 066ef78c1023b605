import type {Config} from '@docusaurus/types';

/**
 * The peer in `npm run bench:build`: stock Docusaurus classic with Faster on and none of our
 * plugins, over the same generated docs. The bench copies it into a site folder of its own, so
 * our swizzled theme in src/theme is not picked up.
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
        docs: {path: 'docs', routeBasePath: 'docs'},
        blog: false,
      },
    ],
  ],
};

export default config;
