import {readMigrationSources} from '../../src/migration-model/load';
import type {RuntimeRelease} from '../../src/migration-model/types';
import {analyzeTemplates} from '../../src/template-model/analyze';
import {registryFile} from '../../src/template-model/load';
import {sampleChoice, scaffoldFiles, type ScaffoldFile} from '../../src/template-model/scaffold';
import {templateViews, type TemplateIndexView, type TemplateMatrixView, type TemplatePageView} from '../../src/template-model/views';
import {sourcesLastChangedEach} from '../../src/content-model/source-dates';

/** What the plugin's routes, data and zips are made of: plain data, so it crosses from the worker. */
export interface TemplatesContent {
  index: TemplateIndexView;
  pages: TemplatePageView[];
  matrix: TemplateMatrixView;
  /** Each template's sample workspace, as `ax plugin init` fills it with the defaults. */
  samples: {archetype: string; files: ScaffoldFile[]}[];
}

export interface TemplatesInput {
  siteDir: string;
  releases: unknown[];
}

/**
 * Reads and checks the template library against the runtime API, fills each sample workspace
 * and makes every page's view model. Runs in a worker: it loads the TypeScript compiler. The
 * library's problems are the `templates/*` rules' to report (the doc-checks plugin fails the
 * build on them); here a template that does not load is left out.
 */
export async function loadTemplatesContent({siteDir, releases: given}: TemplatesInput): Promise<TemplatesContent> {
  const migration = readMigrationSources(siteDir, undefined, {releases: given})!;
  const releases = migration.releases as RuntimeRelease[];
  const report = analyzeTemplates(siteDir, migration);
  if (!report) throw new Error(`Unexpected site without ${registryFile}, expected the template library the templates plugin publishes`);
  const {templates, datastores} = report.sources;
  const samples = templates.flatMap((t) => {
    const choice = sampleChoice(t, releases);
    return choice ? [{archetype: t.entry.archetype, files: scaffoldFiles(siteDir, t, datastores, choice)}] : [];
  });
  // One git run for the index and every template's folder.
  const [indexDate, ...templateDates] = await sourcesLastChangedEach(siteDir, [[registryFile], ...templates.map((t) => [t.dir])]);
  const byArchetype = Object.fromEntries(templates.map((t, i) => [t.entry.archetype, templateDates[i]!]));
  const read = (t: (typeof templates)[number], file: string) => samples.find((s) => s.archetype === t.entry.archetype)?.files.find((f) => f.path === file)?.text ?? '';
  const views = templateViews(report, releases, read, {index: indexDate!, byArchetype});
  return {...views, samples};
}
