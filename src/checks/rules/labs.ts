import {checkAxCommand} from '../../cli-spec';
import type {LabFrontmatter} from '../../content-model/schemas/lab';
import {checkSamples, outputSchemaOf} from '../../labs/check-answer';
import {totalMinutes} from '../../labs/types';
import {defineRule, type Report, type Rule} from '../rule';
import {sitePages, type Page, type SiteModel} from '../site-model';

/** The most a lab may take: one sitting. Longer labs are split, so a learner can finish one. */
export const maxLabMinutes = 120;
/** Each lab has at least this many checkpoints (issue 16). */
export const minCheckpoints = 4;

interface LabPageModel {
  page: Page;
  id: string;
  lab: LabFrontmatter;
}

const labPages = (pages: readonly Page[]): LabPageModel[] =>
  pages.flatMap((page) => {
    const data = page.validation.data;
    return data?.kind === 'lab' ? [{page, id: page.file.split('/').pop()!.replace(/\.mdx?$/, ''), lab: data}] : [];
  });

/** The line of the first occurrence of `text` in the page, or the line of `kind`. */
function lineOf(page: Page, text: string): {line: number; column: number} {
  const lines = page.source.split('\n');
  const index = lines.findIndex((l) => l.includes(text));
  return index >= 0 ? {line: index + 1, column: lines[index]!.indexOf(text) + 1} : page.frontmatter.position('kind') ?? {line: 1, column: 1};
}

function labRule(id: string, description: string, rationale: string, run: (lab: LabPageModel, report: Report, all: LabPageModel[]) => void): Rule<SiteModel> {
  return defineRule<SiteModel>({id, description, rationale, defaultSeverity: 'error'}, (site, report) => {
    const all = labPages(sitePages(site));
    for (const lab of labPages(site.pages)) run(lab, report, all);
  });
}

/** Rules over the training labs in docs/labs, run by `npm run check` and by the build. */
export const labRules: readonly Rule<SiteModel>[] = [
  labRule('labs/commands', 'Every command a lab checks for, and every command whose output it checks, is valid against the CLI spec; receipt commands print JSON and have an output schema.', 'A lab that expects a command the CLI rejects fails every learner who does it right.', ({page, lab}, report) => {
    for (const step of lab.steps) {
      const c = step.checkpoint;
      const line = c.level === 'command' ? c.expected : c.level === 'receipt' ? c.command : undefined;
      if (!line) continue;
      const at = {file: page.file, ...lineOf(page, line)};
      const result = checkAxCommand(line, {strict: true});
      if (!result.ok) report({...at, message: `${result.message} (step "${step.id}")`});
      else if (c.level === 'receipt' && !outputSchemaOf(line)) report({...at, message: `Unexpected receipt command \`${line}\` in step "${step.id}" without an output schema in the CLI spec, expected a command with \`output\` in src/cli-spec`});
      else if (c.level === 'receipt' && !/--format(=|\s+)json\b/.test(line)) report({...at, message: `Unexpected receipt command \`${line}\` in step "${step.id}", expected it to ask for \`--format json\``});
    }
  }),
  labRule('labs/prerequisites', 'A lab\'s prerequisites are other labs that exist, without cycles.', 'A prerequisite that does not exist sends the learner nowhere; a cycle means nobody can start.', ({page, id, lab}, report, all) => {
    const ids = new Map(all.map((l) => [l.id, l.lab.prerequisites]));
    for (const p of lab.prerequisites) {
      const at = {file: page.file, ...lineOf(page, `- ${p}`)};
      if (!ids.has(p)) report({...at, message: `Unexpected prerequisite "${p}", expected the id of a lab in docs/labs: ${[...ids.keys()].join(', ')}`});
      else if (p === id || reaches(ids, p, id)) report({...at, message: `Unexpected prerequisite "${p}", expected no cycle: "${p}" itself needs "${id}" first`});
    }
  }),
  labRule('labs/duration', `A lab takes at most ${maxLabMinutes} minutes, summed from its steps, and has at least ${minCheckpoints} checkpoints.`, 'The total is the sum of the steps, never typed; a lab longer than a sitting goes unfinished, which is what completion measures.', ({page, lab}, report) => {
    const total = totalMinutes(lab.steps);
    const at = {file: page.file, ...(page.frontmatter.position('steps') ?? {line: 1, column: 1})};
    if (total > maxLabMinutes) report({...at, message: `Unexpected total of ${total} minutes (the sum of the steps), expected at most ${maxLabMinutes}: split the lab`});
    if (lab.steps.length < minCheckpoints) report({...at, message: `Unexpected ${lab.steps.length} checkpoint(s), expected at least ${minCheckpoints}`});
  }),
  labRule('labs/samples', 'Every checkpoint\'s sample answer passes its own check, with the samples of earlier steps as its history.', 'A checkpoint its own solution fails is a checkpoint no learner can pass.', ({page, lab}, report) => {
    for (const failure of checkSamples(lab.steps)) report({file: page.file, ...lineOf(page, `id: ${failure.step}`), message: `Unexpected failing sample in step "${failure.step}": ${failure.messages.join('; ')}, expected its sample to pass`});
  }),
  labRule('labs/steps', 'Every step of a lab has a `<LabStep id="…">` in the page, and every `<LabStep>` names a step.', 'A step without its section has no instructions; a section without its step has no checkpoint.', ({page, lab}, report) => {
    const used = [...page.source.matchAll(/<LabStep\s+id="([^"]+)"/g)].map((m) => m[1]!);
    for (const step of lab.steps) if (!used.includes(step.id)) report({file: page.file, ...lineOf(page, `id: ${step.id}`), message: `Unexpected step "${step.id}" without a section, expected <LabStep id="${step.id}"> in the page`});
    for (const u of used) if (!lab.steps.some((s) => s.id === u)) report({file: page.file, ...lineOf(page, `<LabStep id="${u}"`), message: `Unexpected <LabStep id="${u}">, expected one of the steps: ${lab.steps.map((s) => s.id).join(', ')}`});
  }),
];

function reaches(graph: ReadonlyMap<string, readonly string[]>, from: string, target: string, seen = new Set<string>()): boolean {
  if (seen.has(from)) return false;
  seen.add(from);
  return (graph.get(from) ?? []).some((next) => next === target || reaches(graph, next, target, seen));
}
