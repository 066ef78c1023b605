import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseFrontmatter} from '../../src/content-model/frontmatter';
import type {LabFrontmatter} from '../../src/content-model/schemas/lab';
import {validateFrontmatter} from '../../src/content-model/validate';
import {totalMinutes, type LabSummary} from '../../src/labs/types';
import {docsInstances, routes} from '../../src/routes/table';

/** The lab pages' folder, relative to the site root. */
export const labsFolder = `${docsInstances.docs.folder}/labs`;

/** A lab page: its file, its id (the file name) and its validated front matter. */
export interface LabPage {
  file: string;
  id: string;
  frontmatter: LabFrontmatter;
}

/** Every page of kind `lab` in the labs folder that validates; the checks report the ones that do not. */
export function readLabPages(siteDir: string): LabPage[] {
  const dir = path.join(siteDir, labsFolder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
    .sort()
    .flatMap((f) => {
      const validation = validateFrontmatter(parseFrontmatter(readFileSync(path.join(dir, f), 'utf8')));
      const data = validation.data;
      return data?.kind === 'lab' ? [{file: `${labsFolder}/${f}`, id: f.replace(/\.mdx?$/, ''), frontmatter: data}] : [];
    });
}

/** The summary the index and the progress page show. */
export function labSummary(page: LabPage): LabSummary {
  const fm = page.frontmatter;
  return {
    id: page.id,
    title: fm.title,
    description: fm.description,
    url: routes.lab(page.id),
    audience: fm.audience,
    minutes: totalMinutes(fm.steps),
    prerequisites: fm.prerequisites,
    steps: fm.steps.map((s) => ({id: s.id, title: s.title, minutes: s.minutes, level: s.checkpoint.level})),
  };
}
