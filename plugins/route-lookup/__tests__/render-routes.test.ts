import {createElement, type ComponentType} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {StaticRouter} from 'react-router';
import type {RouteConfig} from 'react-router-config';
import {renderRoutes as original} from 'react-router-config/esm/react-router-config.js';
import {describe, expect, it} from 'vitest';
import {renderRoutes, switchCandidates} from '../client/render-routes';

type Render = typeof renderRoutes;

/** A page that names its route and match, and renders its child routes with the `render` under test. */
const page = (name: string, render: Render) =>
  function Page({route, match, tag}: {route: RouteConfig; match: {url: string}; tag?: string}) {
    return createElement('section', {'data-page': name, 'data-url': match.url, 'data-tag': tag}, render(route.routes, {tag: 'nested'}));
  } as ComponentType;

/** The shape Docusaurus generates (literal pages, a nested docs prefix, a catch-all), with pages drawn by `render`. */
function routesFor(render: Render): RouteConfig[] {
  const p = (name: string) => page(name, render);
  const docs = [...Array.from({length: 50}, (_, i) => ({path: `/docs/topic-${i}`, exact: true, component: p(`topic-${i}`)})), {path: '/docs/guides/Publish', exact: true, component: p('Publish')}, {path: '/docs/guides/publish', exact: true, component: p('publish')}];
  return [
    {path: '/errors/AX1042', exact: true, component: p('AX1042')},
    {path: '/errors/ax1042', exact: true, component: p('ax1042')},
    {path: '/docs', component: p('docs-root'), routes: [{path: '/docs', component: p('docs-version'), routes: docs}]},
    {path: '/blog/:slug', exact: true, component: p('post')},
    {path: '/docs/late', exact: true, component: p('late-doc')},
    {path: '/blog/first', exact: true, component: p('first')},
    {path: '/', exact: true, component: p('home')},
    {path: '*', component: p('not-found')},
  ];
}

const html = (render: Render, pathname: string) => renderToStaticMarkup(createElement(StaticRouter, {location: pathname, context: {}}, render(routesFor(render), {tag: 'top'})));

describe('renderRoutes with literal lookup', () => {
  it.each(['/errors/AX1042', '/errors/ax1042/', '/ERRORS/Ax1042', '/docs/topic-7', '/docs/topic-49/', '/docs/guides/publish', '/docs/guides/PUBLISH', '/docs/missing', '/docs/late', '/blog/first', '/blog/launch', '/', '/nowhere', '/docs/topic-7//'])(
    '%s renders what react-router-config renders',
    (pathname) => {
      const ours = html(renderRoutes, pathname);
      expect(ours).toBe(html(original as Render, pathname));
      expect(ours).toContain('data-page');
    },
  );

  it('leaves the switch only the routes that can match before the literal one', () => {
    const routes = routesFor(renderRoutes);
    expect(switchCandidates(routes, '/errors/ax1042').map((c) => c.route.path)).toEqual(['/errors/AX1042']);
    expect(switchCandidates(routes, '/blog/first').map((c) => c.route.path)).toEqual(['/docs', '/blog/:slug', '/blog/first']);
    expect(switchCandidates(routes, '/nowhere').map((c) => c.route.path)).toEqual(['/docs', '/blog/:slug', '*']);
  });
});
