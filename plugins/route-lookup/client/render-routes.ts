import {createElement, type ReactElement} from 'react';
import {Route, Switch, useLocation} from 'react-router';
import type {RouteConfig} from 'react-router-config';
import {routeKey, routeTable} from '../../shared/route-index';

type SwitchProps = {location?: ReturnType<typeof useLocation>} & Record<string, unknown>;

interface RouteSwitchProps {
  routes: RouteConfig[];
  extraProps: Record<string, unknown>;
  switchProps: SwitchProps;
}

/**
 * The routes a `<Switch>` over `routes` can render for `pathname`, in their order: the literal
 * route with the pathname's key, and the non-literal ones before it (all of them when no literal
 * route has the key). Any route left out matches nothing a kept one does not match first.
 */
export function switchCandidates(routes: RouteConfig[], pathname: string): {route: RouteConfig; at: number}[] {
  const {literal, others} = routeTable(routes);
  const hit = literal.get(routeKey(pathname));
  const before = hit ? others.filter((o) => o.at < hit.at) : others;
  return hit ? [...before, hit] : before;
}

/** One level of routes: Docusaurus's `<Switch>`, given only the routes that can match. */
function RouteSwitch({routes, extraProps, switchProps}: RouteSwitchProps): ReactElement {
  const contextLocation = useLocation();
  const {pathname} = switchProps.location ?? contextLocation;
  const children = switchCandidates(routes, pathname).map(({route, at}) =>
    createElement(Route, {
      key: (route.key as string | undefined) ?? at,
      path: route.path,
      exact: route.exact,
      strict: route.strict,
      render: (props: object) => (route.render ? route.render({...props, ...extraProps, route} as never) : createElement(route.component as never, {...props, ...extraProps, route})),
    }),
  );
  return createElement(Switch, switchProps, children);
}

/**
 * react-router-config's `renderRoutes`, rendering the same route. Its `<Switch>` tested the
 * location against every route before the one that matched: at the top level, a pattern per
 * error and reference page, about 10 ms of a phone's hydration in one task (40 ms at 4×
 * throttling), and again on each navigation. Here a lookup leaves the `<Switch>` one or a few routes to test.
 */
export function renderRoutes(routes: RouteConfig[] | undefined, extraProps: Record<string, unknown> = {}, switchProps: SwitchProps = {}): ReactElement | null {
  return routes ? createElement(RouteSwitch, {routes, extraProps, switchProps}) : null;
}
