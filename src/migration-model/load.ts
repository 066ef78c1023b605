import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {require as tsxRequire} from 'tsx/cjs/api';
import {docsInstances, routes} from '../routes/table';
import {parseDeclarations, type ApiDeclaration} from './declarations';
import {guideStepTitles, guideSteps} from './guide';
import {buildMatrix} from './matrix';
import type {RuntimeRelease} from './release';
import type {CompatibilityData} from './types';
import {validateDeclarations, type MigrationProblem} from './validate';
import {validateReleases} from './validate-releases';

/** Where the typed migration sources sit, relative to the site root. */
export interface MigrationPaths {
  /** Exports `runtimeReleases`. */
  releasesFile: string;
  /** Holds one `<api>/index.d.ts` per API version. */
  apiDir: string;
  /** API versions, oldest first; by default every folder of `apiDir` with an `index.d.ts`. */
  apis?: string[];
  /** The migration guide whose `{#step}` headings the declarations' `@migration` tags name. */
  guide: string;
}

const folder = docsInstances.migration.folder;
export const defaultMigrationPaths: MigrationPaths = {releasesFile: `${folder}/releases.ts`, apiDir: `${folder}/api`, guide: `${folder}/v1-to-v2.mdx`};

/** The typed sources of the migration section, read and checked. */
export interface MigrationSources {
  /** As written; trust them only when `problems` is empty. */
  releases: RuntimeRelease[];
  declarations: ApiDeclaration[];
  /** Declaration files, relative to the site root. */
  entryPoints: string[];
  /** Route of the migration guide. */
  guideRoute: string;
  /** The guide's steps, in order, with their routes. */
  steps: {id: string; title: string; href: string}[];
  /** Broken rules, for the checks engine; empty when the sources are sound. */
  problems: MigrationProblem[];
}

/**
 * Reads the releases, the declarations and the guide below `root`. The releases module is
 * loaded through tsx, from the checked root, unless the caller already has them (the build
 * plugin gets them from the site config). Undefined when the root has no migration sources.
 */
export function readMigrationSources(root: string, paths: MigrationPaths = defaultMigrationPaths, given?: {releases: unknown}): MigrationSources | undefined {
  const abs = (file: string) => path.join(root, file);
  if (!given && !existsSync(abs(paths.releasesFile)) && !existsSync(abs(paths.apiDir))) return undefined;
  const read = (file: string) => (existsSync(abs(file)) ? readFileSync(abs(file), 'utf8') : '');
  const problems: MigrationProblem[] = [];
  let releases: unknown = given?.releases;
  if (!given) {
    try {
      releases = (tsxRequire(abs(paths.releasesFile), __filename) as {runtimeReleases?: unknown}).runtimeReleases;
    } catch (error) {
      // esbuild reports `<file>:<line>:<column>: ERROR: <text>`; other errors have one line of their own.
      const text = String((error as Error).message);
      const syntax = /:(\d+):\d+: ERROR: (.*)/.exec(text);
      const message = syntax?.[2] ?? text.split('\n')[0];
      problems.push({file: paths.releasesFile, line: Number(syntax?.[1] ?? 1), ruleId: 'migration/releases', message: `Unexpected error loading the releases (${message}), expected a TypeScript module exporting runtimeReleases`});
    }
  }
  if (!problems.length) problems.push(...validateReleases(releases, paths.releasesFile, read(paths.releasesFile)));
  const apis = paths.apis ?? listApis(abs(paths.apiDir));
  const entryPoints = apis.map((api) => `${paths.apiDir}/${api}/index.d.ts`);
  const declarations = entryPoints.flatMap((f) => parseDeclarations(f, read(f)));
  const guide = read(paths.guide);
  const guideRoute = routes.migration(path.basename(paths.guide).replace(/\.mdx?$/, ''));
  const steps = [...guideStepTitles(guide)].map(([id, title]) => ({id, title, href: `${guideRoute}#${id}`}));
  const valid = Array.isArray(releases) ? (releases as RuntimeRelease[]) : [];
  // Declarations are judged against the releases, so only once those are sound.
  if (!problems.length) problems.push(...validateDeclarations(declarations, {releases: valid, steps: guideSteps(guide), guideFile: paths.guide}));
  return {releases: valid, declarations, entryPoints, guideRoute, steps, problems};
}

/** API version folders (`v1`, `v2`…) holding an `index.d.ts`, in version order. */
function listApis(apiDir: string): string[] {
  if (!existsSync(apiDir)) return [];
  return readdirSync(apiDir, {withFileTypes: true})
    .filter((e) => e.isDirectory() && /^v\d+$/.test(e.name) && existsSync(path.join(apiDir, e.name, 'index.d.ts')))
    .map((e) => e.name)
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

/** The compatibility data every migration page and file is made from. */
export function compatibilityData(sources: MigrationSources): CompatibilityData {
  return {...buildMatrix(sources.declarations, sources.releases, {guide: sources.guideRoute, reference: routes.apiReference()}), steps: sources.steps};
}
