import {describe, expect, it, vi} from 'vitest';
import {matchPath} from 'react-router';
import type {RouteConfig} from 'react-router-config';
import {findRoute} from '../route-index';

const doc = (path: string, extra: Partial<RouteConfig> = {}): RouteConfig => ({path, exact: true, ...extra});
const docs = [doc('/docs/intro'), doc('/docs/guides/publish'), doc('/docs/guides/Publish'), doc('/docs/reference/')];

/** What the stock DocRoot does: the first route, in order, that matchPath accepts. */
const scan = (routes: RouteConfig[], pathname: string) => routes.find((r) => matchPath(pathname, r as never));

describe('findRoute', () => {
  it.each([
    ['/docs/intro', docs],
    ['/docs/intro/', docs],
    ['/DOCS/Intro', docs],
    ['/docs/guides/publish', docs],
    ['/docs/guides/PUBLISH', docs],
    ['/docs/reference', docs],
    ['/docs/reference/', docs],
    ['/docs/intro//', docs],
    ['/docs/missing', docs],
    ['/docs/intro/more', docs],
    // A pattern or a prefix route makes the lookup inexact, so the scan decides.
    ['/docs/intro', [doc('/docs/:slug'), ...docs]],
    ['/docs/intro/more', [doc('/docs/intro', {exact: false}), ...docs]],
    ['/docs/intro/', [doc('/docs/intro', {strict: true}), ...docs]],
  ])('%s finds the route a scan finds', (pathname, routes) => {
    expect(findRoute(routes, pathname, matchPath as never)).toBe(scan(routes, pathname));
  });

  it('finds a route in one match test when every route is literal and exact', () => {
    const many = Array.from({length: 2000}, (_, i) => doc(`/docs/topic-${i}`));
    const spy = vi.fn((p: string, r: RouteConfig) => matchPath(p, r as never));
    expect(findRoute(many, '/docs/topic-1999', spy)?.path).toBe('/docs/topic-1999');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
