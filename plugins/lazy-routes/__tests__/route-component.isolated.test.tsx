import {createElement, createContext, useContext, type ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import Loadable from 'react-loadable';
import {describe, expect, it, vi} from 'vitest';

// The generated modules Docusaurus gives the bundles, as a small site: each lookup is counted,
// so the test can tell whether a route was built.
const lookups: string[] = [];
vi.mock('@generated/routesChunkNames', () => ({
  default: new Proxy({'/runbooks/triage-abc': {__comp: 'comp1', content: 'data1', __context: {plugin: 'ctx1'}}} as Record<string, unknown>, {
    get(target, key: string) {
      lookups.push(key);
      return target[key];
    },
  }),
}));
vi.mock('@generated/registry', () => ({
  default: {
    comp1: [async () => ({default: RunbookPage}), '@theme/Runbook', 'w1'],
    data1: [async () => ({default: {title: 'Incident triage'}}), '@generated/p/triage.json', 'w2'],
    ctx1: [async () => ({default: {name: 'ax-runbooks', id: 'default'}}), '@generated/ax-runbooks/default/__plugin.json', 'w3'],
  },
}));
vi.mock('@theme/Loading', () => ({default: () => 'loading'}));
vi.mock('@theme/NotFound', () => ({default: () => createElement('p', null, 'Page not found')}));
// Docusaurus's route context module is JSX in a .js file; a stand-in records what it is given.
const RouteContext = createContext<{plugin: {name: string}} | null>(null);
vi.mock('@docusaurus/core/lib/client/routeContext', () => ({
  RouteContextProvider: ({value, children}: {value: {plugin: {name: string}} | null; children: ReactNode}) => createElement(RouteContext.Provider, {value}, children),
}));

function RunbookPage({content, title}: {content: {title: string}; title?: string}) {
  return createElement('h1', {'data-plugin': useContext(RouteContext)?.plugin.name}, `${content.title}${title ? ` / ${title}` : ''}`);
}

const {default: createRouteComponent} = await import('../client/route-component');

describe('createRouteComponent', () => {
  it('builds nothing until the route is preloaded or rendered', () => {
    lookups.length = 0;
    createRouteComponent('/runbooks/triage', 'abc');
    createRouteComponent('/errors/AX1042', 'def');
    expect(lookups).toEqual([]);
  });

  it('preloads the route’s modules once, then renders its component with their props, the router’s props and the route context', async () => {
    const Route = createRouteComponent('/runbooks/triage', 'abc');
    await Route.preload();
    await Route.preload();
    expect(lookups.filter((k) => k === '/runbooks/triage-abc')).toHaveLength(1);
    expect(renderToStaticMarkup(createElement(Route, {title: 'from the router'}))).toBe('<h1 data-plugin="ax-runbooks">Incident triage / from the router</h1>');
  });

  // Docusaurus's static render adds a <script> for each reported name that keys its client
  // manifest, whose keys are chunk names: module paths matched none, so every page loaded its
  // route's chunks only once main.js had run.
  it('reports the route’s chunk names to the static render, for the page’s script tags', async () => {
    const Route = createRouteComponent('/runbooks/triage', 'abc');
    await Route.preload();
    const reported: string[] = [];
    renderToStaticMarkup(createElement(Loadable.Capture, {report: (name: string) => reported.push(name)}, createElement(Route)));
    expect(reported).toEqual(['comp1', 'data1', 'ctx1']);
  });

  it('gives the catch-all route the 404 page', async () => {
    const NotFound = createRouteComponent('*', '');
    await NotFound.preload();
    expect(renderToStaticMarkup(createElement(NotFound))).toBe('<p>Page not found</p>');
  });
});
