import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as rspack from '@rspack/core';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import prebuiltMermaidPlugin, {loaderModule} from '..';
import {validateOptions} from '../options';
import {findPrebuiltMermaid} from '../prebuilt-files';

const validate = (() => undefined) as never;
const siteDir = path.resolve(__dirname, '../../..');
const configure = (isServer: boolean, bundler: 'rspack' | 'webpack' = 'rspack') => {
  const plugin = prebuiltMermaidPlugin({siteDir, baseUrl: '/docs-site/'} as LoadContext, validateOptions({options: {}, validate}));
  const utils = {currentBundler: {name: bundler, instance: rspack}};
  return plugin.configureWebpack!({} as never, isServer, utils as never, undefined as never) as {resolve?: {alias: Record<string, string>}; plugins?: unknown[]};
};

describe('prebuilt-mermaid plugin', () => {
  it('points the browser bundle at the loader, which imports the copied entry below baseUrl', () => {
    const {version} = findPrebuiltMermaid(siteDir);
    const config = configure(false);
    expect(config.resolve?.alias).toEqual({mermaid$: loaderModule});
    expect(existsSync(loaderModule)).toBe(true);
    const [define, copy] = config.plugins as [InstanceType<typeof rspack.DefinePlugin>, InstanceType<typeof rspack.CopyRspackPlugin>];
    expect(define._args[0]).toEqual({__AX_MERMAID_URL__: JSON.stringify(`/docs-site/assets/mermaid/${version}/mermaid.esm.min.mjs`)});
    const patterns = copy._args[0].patterns as {from: string; to: string}[];
    expect(patterns.map((p) => p.to)).toEqual([`assets/mermaid/${version}`, `assets/mermaid/${version}/chunks/mermaid.esm.min`]);
    for (const p of patterns) expect(existsSync(p.from)).toBe(true);
  });

  it('stands aside for the server bundle and for other bundlers', () => {
    expect(configure(true)).toEqual({});
    expect(configure(false, 'webpack')).toEqual({});
  });

  it('finds the entry and the chunk folder its imports point at', () => {
    const found = findPrebuiltMermaid(siteDir);
    expect(found.version).toMatch(/^11\./);
    expect(found.chunksRelative).toBe(path.join('chunks', 'mermaid.esm.min'));
  });

  it('fails by name when the installed Mermaid has no prebuilt ES module build', () => {
    const dir = path.join(os.tmpdir(), `prebuilt-mermaid-${process.pid}`);
    mkdirSync(path.join(dir, 'node_modules/mermaid'), {recursive: true});
    writeFileSync(path.join(dir, 'node_modules/mermaid/package.json'), JSON.stringify({name: 'mermaid', version: '12.0.0'}));
    expect(() => findPrebuiltMermaid(dir)).toThrowErrorMatchingInlineSnapshot(
      `[Error: prebuilt-mermaid: mermaid 12.0.0 has no dist/mermaid.esm.min.mjs; expected the ES module build Mermaid 11 publishes at dist/mermaid.esm.min.mjs.]`,
    );
    rmSync(dir, {recursive: true, force: true});
  });

  it('rejects an asset folder that is not a relative path', () => {
    expect(() => validateOptions({options: {assetDir: '/abs'}, validate})).toThrowErrorMatchingInlineSnapshot(
      `[Error: prebuilt-mermaid plugin options in docusaurus.config.ts: Unexpected "/abs" for "assetDir", expected a relative folder such as assets/mermaid]`,
    );
  });
});
