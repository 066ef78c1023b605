import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import lazyPrismPlugin, {noStartupModule, prismModule, prismRequest, themeStartupModule} from '../index';
import {validateOptions} from '../options';
import {bundlerUtils as utils, NormalModuleReplacementPlugin} from '../../shared/__tests__/bundler-stub';

const plugin = lazyPrismPlugin({} as LoadContext, validateOptions({options: {}, validate: (() => undefined) as never}));

describe('lazy prism', () => {
  it('swaps the start-up client module and the package in both bundles, so static and browser renders highlight alike', () => {
    const expected = {plugins: [new NormalModuleReplacementPlugin(themeStartupModule, noStartupModule), new NormalModuleReplacementPlugin(prismRequest, prismModule)]};
    expect(plugin.configureWebpack!({} as never, false, utils, undefined as never)).toEqual(expected);
    expect(plugin.configureWebpack!({} as never, true, utils, undefined as never)).toEqual(expected);
  });

  it('matches the theme client module as client-modules.js requests it, and nothing beside it', () => {
    expect(themeStartupModule.test('/x/node_modules/@docusaurus/theme-classic/lib/prism-include-languages')).toBe(true);
    expect(themeStartupModule.test('C:\\x\\node_modules\\@docusaurus\\theme-classic\\lib\\prism-include-languages.js')).toBe(true);
    // The registration function itself (`@theme/prism-include-languages`) stays: the wrapper calls it.
    expect(themeStartupModule.test('/x/node_modules/@docusaurus/theme-classic/lib/theme/prism-include-languages.js')).toBe(false);
  });

  it('replaces the bare package request only, so the wrapper can import the package file', () => {
    expect(prismRequest.test('prism-react-renderer')).toBe(true);
    expect(prismRequest.test('prism-react-renderer/dist/index.mjs')).toBe(false);
  });
});
