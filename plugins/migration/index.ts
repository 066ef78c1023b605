import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {isoDay} from '../../src/content-model/dates';
import {callInWorker} from '../shared/worker-call';
import {removalsToIcs} from './ics';
import {formatMigrationFailure} from './failure';
import {validateOptions, type PluginOptions} from './options';
import type {Prepared, PrepareInput} from './prepare';
import {announceGeneratedPages} from '../shared/generated-pages';
import type {CompatibilityData} from './types';

/**
 * Reads the typed migration sources (releases, v1/v2 declarations, the guide), fails on bad
 * input, generates the API reference, and publishes the matrix as global data,
 * `/migration/compatibility.json` and `/migration/deprecations.ics`.
 */
export default function migrationPlugin(context: LoadContext, options: PluginOptions): Plugin<CompatibilityData> {
  const {id: _id, ...plain} = options;
  // Started now, in a worker: the TypeScript compiler and typedoc run beside the loading of the
  // other plugins' content. The migration docs instance waits for the pages (./docs-instance).
  const prepare = (generateReference: boolean) => {
    const input: PrepareInput = {siteDir: context.siteDir, options: plain, today: isoDay(), generateReference};
    return callInWorker<PrepareInput, Prepared>(path.join(__dirname, 'prepare.ts'), 'prepareMigration', input, {native: generateReference ? ['typedoc'] : []});
  };
  let firstRun: Promise<Prepared> | undefined = prepare(true);
  announceGeneratedPages(context.siteDir, firstRun);
  return {
    name: 'ax-migration',
    getPathsToWatch() {
      return [`${context.siteDir}/${options.apiDir}/**/*.d.ts`, `${context.siteDir}/${options.guide}`];
    },
    async loadContent() {
      // Later loads (watch mode) read the sources again; the reference is regenerated on restart.
      const run = firstRun;
      firstRun = undefined;
      const {model, reference} = await (run ?? prepare(false));
      if (model.findings.length) throw new Error(formatMigrationFailure(model.findings));
      if (reference) {
        console.log(reference.cached ? `[ax-migration] API reference unchanged, typedoc skipped (${Math.round(reference.ms)} ms)` : `[ax-migration] API reference generated with typedoc in ${Math.round(reference.ms)} ms`);
      }
      return model.data;
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
    async postBuild({content, outDir}) {
      const dir = path.join(outDir, options.routeBasePath);
      await mkdir(dir, {recursive: true});
      await writeFile(path.join(dir, 'compatibility.json'), `${JSON.stringify(content, null, 2)}\n`);
      await writeFile(path.join(dir, 'deprecations.ics'), removalsToIcs(content.rows, {siteUrl: context.siteConfig.url}));
    },
  };
}

migrationPlugin.validateOptions = validateOptions;
