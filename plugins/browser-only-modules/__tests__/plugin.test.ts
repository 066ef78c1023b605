import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import browserOnlyModulesPlugin from '..';
import {validateOptions} from '../options';

const validate = (() => undefined) as never;
const configure = (modules: string[], isServer: boolean) => {
  const plugin = browserOnlyModulesPlugin({} as LoadContext, validateOptions({options: {modules}, validate}));
  return plugin.configureWebpack!({} as never, isServer, {} as never, {} as never);
};

describe('browser-only-modules plugin', () => {
  it('gives the server bundle an empty module for each bare package import', () => {
    expect(configure(['mermaid', '@mermaid-js/layout-elk'], true)).toEqual({
      resolve: {alias: {mermaid$: false, '@mermaid-js/layout-elk$': false}},
    });
  });

  it('leaves the browser bundle alone', () => {
    expect(configure(['mermaid'], false)).toEqual({});
  });

  it('rejects a module that is not a package name', () => {
    expect(() => validateOptions({options: {modules: ['./src/local']}, validate})).toThrowErrorMatchingInlineSnapshot(
      `[Error: browser-only-modules plugin options in docusaurus.config.ts: Unexpected "./src/local" for "modules.0", expected a package name, such as mermaid]`,
    );
  });
});
