import {describe, expect, it} from 'vitest';
import flat from '@docusaurus/core/lib/client/flat';
import {routeProps} from '../client/route-props';

// The leaves route-component.tsx loads: Docusaurus's flattening, pinned for the tree shapes routes use.
describe('flat', () => {
  it.each([
    ['a flat tree', {__comp: 'c1', content: 'c2'}, [['__comp', 'c1'], ['content', 'c2']]],
    ['nested objects and arrays', {__comp: 'c1', items: [{content: 'c2'}, {content: 'c3'}], sidebar: {data: 'c4'}}, [['__comp', 'c1'], ['items.0.content', 'c2'], ['items.1.content', 'c3'], ['sidebar.data', 'c4']]],
    ['an empty branch, which is a leaf as in Docusaurus', {__comp: 'c1', extra: {}}, [['__comp', 'c1'], ['extra', {}]]],
  ])('flattens %s by dotted path', (_name, tree, leaves) => {
    expect(Object.entries(flat(tree as never))).toEqual(leaves);
  });
});

describe('routeProps', () => {
  function Page() {
    return null;
  }

  it('rebuilds the tree with each module’s default export, carrying its named exports', () => {
    const content = () => null;
    const loaded = {
      __comp: {default: Page},
      'items.0.content': {default: content, frontMatter: {title: 'Triage'}, toc: []},
      'items.1.content': {default: {label: 'JSON props'}},
    };
    const props = routeProps('/runbooks', {__comp: 'c1', items: [{content: 'c2'}, {content: 'c3'}], unloaded: 'c9'}, loaded) as Record<string, unknown>;
    expect(props).toEqual({__comp: Page, items: [{content}, {content: {label: 'JSON props'}}], unloaded: 'c9'});
    expect((props.items as {content: Record<string, unknown>}[])[0]!.content.frontMatter).toEqual({title: 'Triage'});
  });

  it('keeps a primitive JSON module as it is', () => {
    expect(routeProps('/x', {title: 'c1'}, {title: {default: 'Runbooks'}})).toEqual({title: 'Runbooks'});
  });

  it('names the route and key of a module without a default export', () => {
    expect(() => routeProps('/runbooks/incident-triage', {__comp: 'c1', content: 'c2'}, {__comp: {default: Page}, content: {toc: []}})).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unexpected module without a default export for "content" of route /runbooks/incident-triage, expected a component or JSON props]`,
    );
  });
});
