import {describe, expect, it} from 'vitest';
import lazyRoutesPlugin, {docusaurusComponentCreator, routeComponentModule} from '..';
import {validateOptions} from '../options';
import {bundlerUtils as utils, NormalModuleReplacementPlugin} from '../../shared/__tests__/bundler-stub';

describe('lazy-routes plugin', () => {
  it('replaces Docusaurus’s route component creator in both bundles', () => {
    const plugin = lazyRoutesPlugin({} as never, validateOptions({options: {}, validate: (() => undefined) as never}));
    const expected = {plugins: [new NormalModuleReplacementPlugin(docusaurusComponentCreator, routeComponentModule)]};
    expect(plugin.configureWebpack!({} as never, true, utils, undefined as never)).toEqual(expected);
    expect(plugin.configureWebpack!({} as never, false, utils, undefined as never)).toEqual(expected);
    expect(docusaurusComponentCreator.test('/x/node_modules/@docusaurus/core/lib/client/exports/ComponentCreator.js')).toBe(true);
    expect(docusaurusComponentCreator.test('/x/node_modules/@docusaurus/core/lib/client/exports/Link.js')).toBe(false);
  });

  it('rejects options it does not know', () => {
    expect(() => validateOptions({options: {eager: true} as never, validate: (() => undefined) as never})).toThrowErrorMatchingInlineSnapshot(`[Error: lazy-routes plugin options in docusaurus.config.ts: Unexpected field "eager" in the options, expected no fields]`);
  });
});
