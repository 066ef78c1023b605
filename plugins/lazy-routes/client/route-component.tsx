import React, {type ComponentType, type ReactNode} from 'react';
import Loadable from 'react-loadable';
import registry from '@generated/registry';
import routesChunkNames from '@generated/routesChunkNames';
import Loading from '@theme/Loading';
import flat from '@docusaurus/core/lib/client/flat';
import {RouteContextProvider} from '@docusaurus/core/lib/client/routeContext';
import type {ChunkNames} from '@docusaurus/types';
import {routeProps, type LoadedModules} from './route-props';

/**
 * The component of one route, as `@docusaurus/ComponentCreator` gives the routes module, except
 * that its react-loadable component is created the first time the route is rendered or preloaded,
 * not for every route as `main.js` starts (see ../index.ts). Docusaurus preloads a route before
 * rendering it, in the browser and in the static render alike, through `preload()`.
 */

/** What the routes module and Docusaurus's preloading need of a route's component; a react-loadable component is one too. */
type RouteComponent = ComponentType<Record<string, unknown>> & {preload(): Promise<unknown>};

/** Where a route's component has no plugin: the 404 page, as Docusaurus's own context names it. */
const notFoundContext = {plugin: {name: 'native', id: 'default'}};

function notFoundLoadable(): RouteComponent {
  return Loadable({
    loading: Loading,
    loader: () => import('@theme/NotFound'),
    modules: ['@theme/NotFound'],
    render(loaded: {default: ComponentType<Record<string, unknown>>}, props: Record<string, unknown>): ReactNode {
      const NotFound = loaded.default;
      return (
        <RouteContextProvider value={notFoundContext}>
          <NotFound {...props} />
        </RouteContextProvider>
      );
    },
  }) as RouteComponent;
}

function routeLoadable(path: string, tree: ChunkNames): RouteComponent {
  const loader: Record<string, () => Promise<LoadedModules[string]>> = {};
  const modules: string[] = [];
  // Docusaurus's own flattening, as prefetch-once uses it: each chunk name by its dotted key path.
  for (const [keyPath, chunkName] of Object.entries(flat(tree))) {
    const entry = registry[chunkName];
    if (!entry) continue;
    loader[keyPath] = entry[0];
    modules.push(chunkName);
  }
  return Loadable.Map({
    loading: Loading,
    loader,
    // What the static render reports of the page: chunk names, which key the client manifest's
    // origins (see ../index.ts), so the page's HTML loads its route's chunks beside main.js.
    modules,
    render(loaded: LoadedModules, props: Record<string, unknown>): ReactNode {
      const {__comp: Component, __context: context, __props: extraProps, ...data} = routeProps(path, tree, loaded) as Record<string, unknown> & {
        __comp: ComponentType<Record<string, unknown>>;
        __context?: Parameters<typeof RouteContextProvider>[0]['value'];
        __props?: Record<string, unknown>;
      };
      return (
        <RouteContextProvider value={context ?? null}>
          <Component {...data} {...extraProps} {...props} />
        </RouteContextProvider>
      );
    },
  }) as unknown as RouteComponent;
}

/** The component for the route `path` whose entry in the generated chunk names ends in `-hash`. */
export default function createRouteComponent(path: string, hash: string): RouteComponent {
  let loadable: RouteComponent | undefined;
  const get = (): RouteComponent => (loadable ??= path === '*' ? notFoundLoadable() : routeLoadable(path, routesChunkNames[`${path}-${hash}`] ?? {}));
  const Route = ((props: Record<string, unknown>) => React.createElement(get(), props)) as RouteComponent;
  Route.preload = () => get().preload();
  return Route;
}
