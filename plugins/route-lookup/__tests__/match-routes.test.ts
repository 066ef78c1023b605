import {describe, expect, it} from 'vitest';
import type {RouteConfig} from 'react-router-config';
import {matchRoutes as original} from 'react-router-config/esm/react-router-config.js';
import {matchRoutes} from '../client/match-routes';
import routeLookupPlugin, {matchRoutesModule} from '..';
import {validateOptions} from '../options';

const doc = (path: string): RouteConfig => ({path, exact: true, sidebar: 'docs'} as RouteConfig);
const docs = [...Array.from({length: 300}, (_, i) => doc(`/docs/topic-${i}`)), doc('/docs/guides/Publish'), doc('/docs/guides/publish'), doc('/docs/reference/'), doc('/docs/intro.html')];
// The shape Docusaurus generates: literal pages, the docs plugin's three nested levels, a catch-all.
const routes: RouteConfig[] = [
  {path: '/errors/AX1042', exact: true},
  {path: '/errors/ax1042', exact: true},
  {path: '/docs/reference/cli/plugin-init', exact: true},
  {path: '/docs', routes: [{path: '/docs', routes: [{path: '/docs', routes: docs}]}]},
  {path: '/blog/:slug', exact: true},
  // Literal, but after the /docs prefix route, which a scan meets first.
  {path: '/docs/late', exact: true},
  {path: '/late', exact: true},
  {path: '/blog/first', exact: true},
  {path: '/', exact: true},
  {path: '*'},
];

describe('matchRoutes with literal lookup', () => {
  it.each([
    '/docs/topic-7',
    '/docs/topic-7/',
    '/DOCS/Topic-7',
    '/docs/topic-299',
    '/docs/guides/publish',
    '/docs/guides/PUBLISH/',
    '/docs/reference',
    '/docs/reference/',
    '/docs/intro.html',
    '/docs/intro',
    '/docs/topic-7//',
    '/docs/missing',
    '/docs/\u212aelvin',
    '/errors/ax1042',
    '/docs/reference/cli/plugin-init',
    '/blog/launch',
    '/blog/first',
    '/docs/late',
    '/late/',
    '/LATE',
    '/',
    '/nowhere',
  ])('%s gives the same branch as react-router-config', (pathname) => {
    expect(matchRoutes(routes, pathname)).toEqual(original(routes, pathname));
  });

  it('gives the same branch for every doc', () => {
    for (const d of docs) expect(matchRoutes(routes, d.path as string)).toEqual(original(routes, d.path as string));
  });
});

describe('route-lookup plugin', () => {
  it('points both bundles at the lookup for react-router-config', () => {
    const plugin = routeLookupPlugin({} as never, validateOptions({options: {}, validate: (() => undefined) as never}));
    expect(plugin.configureWebpack!({} as never, true, {} as never, {} as never)).toEqual({resolve: {alias: {'react-router-config$': matchRoutesModule}}});
  });

  it('rejects options it does not know', () => {
    expect(() => validateOptions({options: {fast: true} as never, validate: (() => undefined) as never})).toThrowErrorMatchingInlineSnapshot(`[Error: route-lookup plugin options in docusaurus.config.ts: Unexpected field "fast" in the options, expected no fields]`);
  });
});
