import {createElement, useContext} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import hydrationTransitionPlugin, {browserContextModule, docusaurusBrowserContext, docusaurusWindowSize, windowSizeModule} from '..';
import {BrowserContextProvider, Context} from '../client/browser-context';
import {validateOptions} from '../options';
import {bundlerUtils as utils, NormalModuleReplacementPlugin} from '../../shared/__tests__/bundler-stub';

function ShowIsBrowser() {
  return createElement('span', null, useContext(Context) ? 'browser' : 'server');
}

describe('hydration-transition plugin', () => {
  it('replaces Docusaurus browser context and window-size hook in the browser bundle only', () => {
    const plugin = hydrationTransitionPlugin({} as never, validateOptions({options: {}, validate: (() => undefined) as never}));
    expect(plugin.configureWebpack!({} as never, true, utils, undefined as never)).toEqual({});
    expect(plugin.configureWebpack!({} as never, false, utils, undefined as never)).toEqual({
      plugins: [new NormalModuleReplacementPlugin(docusaurusBrowserContext, browserContextModule), new NormalModuleReplacementPlugin(docusaurusWindowSize, windowSizeModule)],
    });
    expect(docusaurusWindowSize.test('/x/node_modules/@docusaurus/theme-common/lib/hooks/useWindowSize.js')).toBe(true);
    expect(docusaurusBrowserContext.test('/x/node_modules/@docusaurus/core/lib/client/browserContext.js')).toBe(true);
    expect(docusaurusBrowserContext.test('/x/node_modules/@docusaurus/core/lib/client/exports/useIsBrowser.js')).toBe(false);
  });

  it('rejects options it does not know', () => {
    expect(() => validateOptions({options: {eager: true} as never, validate: (() => undefined) as never})).toThrowErrorMatchingInlineSnapshot(
      `[Error: hydration-transition plugin options in docusaurus.config.ts: Unexpected field "eager" in the options, expected no fields]`,
    );
  });

  it('answers false in the server render, as the stock context does', () => {
    // The switch to true happens in the browser: the e2e suite sees controls come alive after hydration.
    expect(renderToStaticMarkup(createElement(BrowserContextProvider, null, createElement(ShowIsBrowser)))).toBe('<span>server</span>');
  });
});
