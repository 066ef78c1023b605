import type {LoadContext} from '@docusaurus/types';
import {afterEach, describe, expect, it, vi} from 'vitest';
import prefetchOncePlugin, {docusaurusPrefetch, docusaurusRoutePrefetch, prefetchModule, routePrefetchModule} from '../index';
import {validateOptions} from '../options';
import {bundlerUtils as utils, NormalModuleReplacementPlugin} from '../../shared/__tests__/bundler-stub';

/** A document with just what the prefetcher touches: scripts, createElement and head. */
function fakeDocument(loadedScripts: string[]) {
  const appended: string[] = [];
  const document = {
    scripts: loadedScripts.map((src) => ({src: `http://localhost${src}`})),
    createElement: () => {
      const link = {rel: '', href: '', relList: {supports: () => true}, onload: null as null | (() => void), onerror: null};
      return link;
    },
    head: {
      appendChild: (link: {href: string; onload: null | (() => void)}) => {
        appended.push(link.href);
        link.onload?.();
      },
    },
  };
  return {document, appended};
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('prefetch once', () => {
  it('asks for each chunk once, however many links need it, and never for a loaded one', async () => {
    const {document, appended} = fakeDocument(['/assets/js/main.js', '/assets/js/page.js']);
    vi.stubGlobal('document', document);
    const {default: prefetch} = await import('../client/prefetch');
    // Three links into one section: each needs the section's shared chunk and its own.
    for (const own of ['a', 'b', 'c']) await Promise.all([prefetch('/assets/js/section.js'), prefetch(`/assets/js/${own}.js`), prefetch('/assets/js/page.js')]);
    expect(appended).toEqual(['/assets/js/section.js', '/assets/js/a.js', '/assets/js/b.js', '/assets/js/c.js']);
  });

  it('replaces Docusaurus prefetcher in the browser bundle only', () => {
    const plugin = prefetchOncePlugin({} as LoadContext, validateOptions({options: {}, validate: (() => undefined) as never}));
    expect(plugin.configureWebpack!({} as never, true, utils, undefined as never)).toEqual({});
    const client = plugin.configureWebpack!({} as never, false, utils, undefined as never);
    expect(client).toEqual({plugins: [new NormalModuleReplacementPlugin(docusaurusPrefetch, prefetchModule), new NormalModuleReplacementPlugin(docusaurusRoutePrefetch, routePrefetchModule)]});
    expect(docusaurusRoutePrefetch.test('/x/node_modules/@docusaurus/core/lib/client/docusaurus.js')).toBe(true);
    expect(docusaurusRoutePrefetch.test('/x/node_modules/@docusaurus/core/lib/client/exports/useDocusaurusContext.js')).toBe(false);
    expect(docusaurusPrefetch.test('/x/node_modules/@docusaurus/core/lib/client/prefetch.js')).toBe(true);
    expect(docusaurusPrefetch.test('/x/node_modules/@docusaurus/core/lib/client/preload.js')).toBe(false);
  });
});
