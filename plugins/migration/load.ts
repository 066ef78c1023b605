import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {compareFindings, type Finding} from '../../src/checks/finding';
import {parseDeclarations} from './declarations';
import {guideStepTitles, guideSteps} from './guide';
import {buildMatrix} from './matrix';
import {validateReleases} from './releases';
import {validateDeclarations} from './validate';
import type {CompatibilityData, RuntimeRelease} from './types';
import type {PluginOptions} from './options';

/** The typed sources, read, checked and turned into the matrix. */
export interface MigrationModel {
  data: CompatibilityData;
  findings: Finding[];
  /** Guide step titles by route with anchor. */
  stepTitles: Map<string, string>;
  /** Declaration files, relative to the site root. */
  entryPoints: string[];
}

/** Reads the releases, declarations and guide below `siteDir` and derives the matrix. */
export async function loadMigrationModel(siteDir: string, o: Omit<PluginOptions, 'id'>): Promise<MigrationModel> {
  const read = (file: string) => readFile(path.join(siteDir, file), 'utf8');
  const releasesSource = await read(o.releasesFile).catch(() => '');
  const findings = validateReleases(o.releases, o.releasesFile, releasesSource);
  const releases = o.releases as RuntimeRelease[];
  const entryPoints = o.apis.map((api) => `${o.apiDir}/${api}/index.d.ts`);
  const decls = (await Promise.all(entryPoints.map(async (f) => parseDeclarations(f, await read(f))))).flat();
  const guide = await read(o.guide);
  const guideRoute = `${o.routeBasePath}/${path.basename(o.guide).replace(/\.mdx?$/, '')}`;
  if (!findings.length) findings.push(...validateDeclarations(decls, {releases, steps: guideSteps(guide), guideFile: o.guide}));
  const data = buildMatrix(decls, releases, {guide: guideRoute, reference: `${o.routeBasePath}/${o.referenceOut ? path.basename(o.referenceOut) : 'reference'}`});
  const stepTitles = new Map([...guideStepTitles(guide)].map(([id, title]) => [`${guideRoute}#${id}`, title]));
  data.steps = [...guideStepTitles(guide)].map(([id, title]) => ({id, title, href: `${guideRoute}#${id}`}));
  return {data, findings: findings.sort(compareFindings), stepTitles, entryPoints};
}
