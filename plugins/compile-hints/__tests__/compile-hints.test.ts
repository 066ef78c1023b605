import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as rspack from '@rspack/core';
import {describe, expect, it} from 'vitest';
import compileHintsPlugin, {compileHint} from '..';
import {validateOptions} from '../options';

const plugin = compileHintsPlugin({} as never, validateOptions({options: {}, validate: (() => undefined) as never}));
const utils = {currentBundler: {name: 'rspack', instance: rspack}} as never;

/** Bundles a two-chunk app with the hook's plugins, minified and content-hashed as a production build is. */
async function build(): Promise<{dir: string; files: string[]}> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ax-compile-hints-'));
  await writeFile(path.join(dir, 'main.js'), "/* a comment the minifier drops */\nimport(/* webpackChunkName: 'page' */ './page.js').then((m) => console.log(m.greet('reader')));\n");
  await writeFile(path.join(dir, 'page.js'), 'export function greet(name) { return `hello ${name}`; }\n');
  const {plugins} = plugin.configureWebpack!({} as never, false, utils, undefined as never) as {plugins: rspack.RspackPluginInstance[]};
  const compiler = rspack.rspack({
    mode: 'production',
    context: dir,
    entry: {main: './main.js'},
    output: {path: path.join(dir, 'out'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js'},
    optimization: {runtimeChunk: true, realContentHash: true},
    plugins,
  });
  await new Promise<void>((done, fail) => compiler.run((error, stats) => (error ? fail(error) : stats?.hasErrors() ? fail(new Error(stats.toString())) : done())));
  await new Promise((done) => compiler.close(done));
  return {dir, files: await readdir(path.join(dir, 'out'))};
}

describe('compile-hints plugin', () => {
  it('leaves the server bundle alone', () => {
    expect(plugin.configureWebpack!({} as never, true, utils, undefined as never)).toEqual({});
  });

  it('opens each minified entry script with the hint, not the page chunks, and names each file by its final bytes', async () => {
    const {dir, files} = await build();
    const again = await build();
    try {
      const heads = await Promise.all(files.map(async (f) => [f.replace(/\.[0-9a-f]{8}\.js$/, ''), (await readFile(path.join(dir, 'out', f), 'utf8')).split('\n')[0]!.slice(0, 40)]));
      expect(Object.fromEntries(heads.filter(([name]) => name !== 'page'))).toEqual({main: compileHint, 'runtime~main': compileHint});
      expect(heads.find(([name]) => name === 'page')?.[1]).not.toContain(compileHint);
      // Minified: the source's comment is gone, so the hint came after the minifier.
      const main = await readFile(path.join(dir, 'out', files.find((f) => f.startsWith('main.'))!), 'utf8');
      expect(main).not.toContain('a comment the minifier drops');
      // Real content hash: two builds of the same sources name their files alike, by what they hold.
      expect([...again.files].sort()).toEqual([...files].sort());
    } finally {
      await Promise.all([dir, again.dir].map((d) => rm(d, {recursive: true, force: true})));
    }
  });

  it('rejects options it does not know', () => {
    expect(() => validateOptions({options: {files: 'all'} as never, validate: (() => undefined) as never})).toThrowErrorMatchingInlineSnapshot(`[Error: compile-hints plugin options in docusaurus.config.ts: Unexpected field "files" in the options, expected no fields]`);
  });
});
