import {findTeam} from '../content-model/registry/teams';
import type {RuntimeRelease} from '../migration-model/types';
import {routes} from '../routes/table';
import {lintRule} from './lint-rules';
import type {TemplateCell, TemplateReport} from './analyze';
import {manifestFile, type LoadedTemplate} from './load';
import {combinations, initCommand, sampleChoice, type ScaffoldChoice} from './scaffold';

/**
 * What the template pages and the matrix render: plain data, made at build time and handed to
 * each page as route props, so no page carries the registry, zod or the compiler.
 */

/** Who keeps a page and when its sources last changed. */
export interface PageReview {
  owner: string;
  ownerName: string;
  /** YYYY-MM-DD: the day the page's sources last changed in git. */
  reviewed: string;
}

/** One template as the comparison page shows it. */
export interface TemplateSummary {
  archetype: string;
  name: string;
  summary: string;
  useCases: string[];
  includes: string[];
  ownerName: string;
  datastores: string[];
  runtimes: string[];
  lintRules: string[];
  href: string;
  zipHref?: string;
}

export interface TemplateIndexView extends PageReview {
  templates: TemplateSummary[];
}

/** A node of the scaffold's file tree, in display order. */
export interface TreeNode {
  name: string;
  depth: number;
  dir: boolean;
  /** Path of a file shown in full on the page. */
  shown?: string;
}

export interface TemplatePageView extends PageReview {
  summary: TemplateSummary;
  tree: TreeNode[];
  /** The manifest, the entry module and the registry's highlighted files, in full. */
  shownFiles: {path: string; language: string; code: string}[];
  /** `--template`, `--datastore`, `--runtime`: the values this template accepts and the default. */
  flags: {flag: string; values: string[]; default: string}[];
  commands: {datastore: string; runtime: string; command: string}[];
  lintRules: {id: string; what: string; why: string}[];
  /** Every runtime release: whether the template claims it and how it fares there. */
  runtimes: (TemplateCell & {planned?: boolean})[];
  /** The sample workspace: the zip and the command that makes the same files. */
  sample?: {href: string; command: string; choice: ScaffoldChoice};
}

/** The templates' rows of the compatibility matrix. */
export interface TemplateMatrixView {
  releases: Pick<RuntimeRelease, 'version' | 'planned'>[];
  rows: {archetype: string; name: string; href: string; cells: TemplateCell[]}[];
}

const languageOf = (file: string) => (/\.tsx?$/.test(file) ? 'ts' : /\.json$/.test(file) ? 'json' : 'text');

function summaryOf(t: LoadedTemplate, releases: readonly RuntimeRelease[]): TemplateSummary {
  const e = t.entry;
  return {
    archetype: e.archetype,
    name: e.name,
    summary: e.summary,
    useCases: e.useCases,
    includes: e.includes,
    ownerName: findTeam(e.owner)?.name ?? e.owner,
    datastores: e.datastores,
    runtimes: e.compatibility.runtimes,
    lintRules: e.lintRules,
    href: routes.template(e.archetype),
    ...(sampleChoice(t, releases) ? {zipHref: routes.templateZip(e.archetype)} : {}),
  };
}

/** The scaffold's folders and files as an indented tree, folders first. */
export function fileTree(files: readonly string[], shown: ReadonlySet<string>): TreeNode[] {
  const out: TreeNode[] = [];
  const walk = (prefix: string, depth: number) => {
    const below = files.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
    const dirs = [...new Set(below.filter((f) => f.includes('/')).map((f) => f.split('/')[0]!))].sort();
    for (const d of dirs) {
      out.push({name: `${d}/`, depth, dir: true});
      walk(`${prefix}${d}/`, depth + 1);
    }
    for (const f of below.filter((x) => !x.includes('/')).sort()) out.push({name: f, depth, dir: false, ...(shown.has(prefix + f) ? {shown: prefix + f} : {})});
  };
  walk('', 0);
  return out;
}

/** Every page's view model, from the analysed library, the releases and the page review dates. */
export function templateViews(
  report: TemplateReport,
  releases: readonly RuntimeRelease[],
  read: (t: LoadedTemplate, file: string) => string,
  reviewed: {index: string; byArchetype: Record<string, string>},
): {index: TemplateIndexView; pages: TemplatePageView[]; matrix: TemplateMatrixView} {
  const {templates} = report.sources;
  const review = (owner: string, day: string): PageReview => ({owner, ownerName: findTeam(owner)?.name ?? owner, reviewed: day});
  const owners = [...new Set(templates.map((t) => t.entry.owner))];
  const index: TemplateIndexView = {...review(owners.length === 1 ? owners[0]! : 'cli', reviewed.index), templates: templates.map((t) => summaryOf(t, releases))};
  const pages = templates.map((t): TemplatePageView => {
    const e = t.entry;
    const shown = [manifestFile, ...(t.entryFile ? [t.entryFile] : []), ...e.highlight];
    const choice = sampleChoice(t, releases);
    const cells = report.compatibility.find((c) => c.archetype === e.archetype)?.cells ?? [];
    return {
      ...review(e.owner, reviewed.byArchetype[e.archetype] ?? reviewed.index),
      summary: summaryOf(t, releases),
      tree: fileTree(t.files, new Set(shown)),
      shownFiles: shown.map((f) => ({path: f, language: languageOf(f), code: read(t, f)})),
      flags: [
        {flag: '--template', values: [e.archetype], default: 'required'},
        {flag: '--datastore', values: e.datastores, default: e.datastores[0]!},
        {flag: '--runtime', values: e.compatibility.runtimes, default: choice?.runtime ?? 'none released yet'},
      ],
      commands: combinations(t).map((c) => ({datastore: c.choice.datastore, runtime: c.choice.runtime, command: c.command})),
      lintRules: e.lintRules.map((id) => ({id, what: lintRule(id)?.what ?? '', why: lintRule(id)?.why ?? ''})),
      runtimes: cells.map((c) => ({...c, ...(releases.find((r) => r.version === c.runtime)?.planned ? {planned: true} : {})})),
      ...(choice ? {sample: {href: routes.templateZip(e.archetype), command: initCommand(e.archetype, choice), choice}} : {}),
    };
  });
  const matrix: TemplateMatrixView = {
    releases: releases.map((r) => (r.planned ? {version: r.version, planned: true} : {version: r.version})),
    rows: report.compatibility.map((c) => ({archetype: c.archetype, name: templates.find((t) => t.entry.archetype === c.archetype)!.entry.name, href: routes.template(c.archetype), cells: c.cells})),
  };
  return {index, pages, matrix};
}
