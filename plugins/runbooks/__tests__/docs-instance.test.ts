import type {RouteConfig} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {withRunbookViews} from '../docs-instance';

describe('the runbooks docs instance', () => {
  it('adds a runbookView module to the routes of runbooks, nested at any depth, and to no other', () => {
    const tree: RouteConfig = {
      path: '/runbooks',
      component: 'DocsRoot',
      routes: [{path: '/runbooks', component: 'DocRoot', routes: [
        {path: '/runbooks/queue', component: '@theme/RunbookDocItem', exact: true, modules: {content: '@site/runbooks/queue.md'}},
        {path: '/runbooks/guide', component: '@theme/RunbookDocItem', exact: true, modules: {content: '@site/runbooks/guide.md'}},
      ]}],
    };
    const out = withRunbookViews(tree, new Map([['/runbooks/queue', '/data/runbook-queue.json']]));
    const [queue, guide] = out.routes![0]!.routes!;
    expect(queue!.modules).toEqual({content: '@site/runbooks/queue.md', runbookView: '/data/runbook-queue.json'});
    expect(guide!.modules).toEqual({content: '@site/runbooks/guide.md'});
    expect(out.modules).toBeUndefined();
  });
});
