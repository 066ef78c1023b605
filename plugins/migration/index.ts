import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {generateApiReference} from './api-reference';
import {removalsToIcs} from './ics';
import {formatMigrationFailure, loadMigrationModel} from './load';
import {validateOptions, type PluginOptions} from './options';
import type {CompatibilityData} from './types';

/**
 * Reads the typed migration sources (releases, v1/v2 declarations, the guide), fails on bad
 * input, generates the API reference, and publishes the matrix as global data,
 * `/migration/compatibility.json` and `/migration/deprecations.ics`.
 */
export default async function migrationPlugin(context: LoadContext, options: PluginOptions): Promise<Plugin<CompatibilityData>> {
  // Checked and generated before any loadContent, so the docs instance finds the reference pages.
  const model = await loadMigrationModel(context.siteDir, options);
  if (model.findings.length) throw new Error(formatMigrationFailure(model.findings));
  let firstModel: typeof model | undefined = model;
  if (options.referenceOut) {
    const {ms, cached} = await generateApiReference({
      siteDir: context.siteDir,
      entryPoints: model.entryPoints,
      tsconfig: `${options.apiDir}/tsconfig.json`,
      out: options.referenceOut,
      rows: model.data.rows,
      stepTitles: model.stepTitles,
      frontmatter: {owner: options.owner, last_reviewed: new Date().toISOString().slice(0, 10)},
    });
    console.log(cached ? `[ax-migration] API reference unchanged, typedoc skipped (${Math.round(ms)} ms)` : `[ax-migration] API reference generated with typedoc in ${Math.round(ms)} ms`);
  }
  return {
    name: 'ax-migration',
    getPathsToWatch() {
      return [`${context.siteDir}/${options.apiDir}/**/*.d.ts`, `${context.siteDir}/${options.guide}`];
    },
    async loadContent() {
      // The first load reuses the model read above; later ones (watch mode) read the sources again.
      const fresh = firstModel ?? (await loadMigrationModel(context.siteDir, options));
      firstModel = undefined;
      if (fresh.findings.length) throw new Error(formatMigrationFailure(fresh.findings));
      return fresh.data;
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
