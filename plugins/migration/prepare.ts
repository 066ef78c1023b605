import {generateApiReference} from './api-reference';
import {loadMigrationModel, type MigrationModel} from './load';
import type {PluginOptions} from './options';

/** What preparing the migration section needs; plain data, so it can run in a worker thread. */
export interface PrepareInput {
  siteDir: string;
  options: Omit<PluginOptions, 'id'>;
  /** Day stamped on the generated reference pages, YYYY-MM-DD. */
  today: string;
  /** Whether to run typedoc (when `options.referenceOut` asks for a reference); watch-mode reloads skip it. */
  generateReference: boolean;
}

export interface Prepared {
  model: MigrationModel;
  /** The typedoc run, when the sources were clean and a reference is configured. */
  reference?: {ms: number; cached: boolean};
}

/**
 * Reads and checks the typed migration sources, then (when they are clean) generates the API
 * reference pages with typedoc. Both load the TypeScript compiler, the costliest part of the
 * plugin, which is why the build runs this in a worker thread.
 */
export async function prepareMigration({siteDir, options, today, generateReference}: PrepareInput): Promise<Prepared> {
  const model = await loadMigrationModel(siteDir, options);
  if (model.findings.length || !options.referenceOut || !generateReference) return {model};
  const reference = await generateApiReference({
    siteDir,
    entryPoints: model.entryPoints,
    tsconfig: `${options.apiDir}/tsconfig.json`,
    out: options.referenceOut,
    rows: model.data.rows,
    stepTitles: model.stepTitles,
    frontmatter: {owner: options.owner, last_reviewed: today},
  });
  return {model, reference};
}
