import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {require as tsxRequire} from 'tsx/cjs/api';
import {zodProblems} from '../checks/zod-finding';
import {registrySchema, type Datastore, type Template} from './schema';

/** Rules over the template library; the checks report each problem under its rule. */
export type TemplateRuleId = 'templates/registry' | 'templates/types' | 'templates/api-unavailable' | 'templates/api-deprecated' | 'templates/api-removed' | 'templates/manifest' | 'templates/lint';

/** A broken rule, placed in a file of the checked root. */
export interface TemplateProblem {
  file: string;
  line: number;
  column?: number;
  ruleId: TemplateRuleId;
  message: string;
}

/** One template of the registry with its scaffold, as far as it could be read. */
export interface LoadedTemplate {
  entry: Template;
  /** Line of the entry in the registry, for findings about it. */
  line: number;
  /** Scaffold folder relative to the site root: `templates/<archetype>`. */
  dir: string;
  /** Every file of the scaffold, relative to `dir`, sorted. */
  files: string[];
  /** `ax-plugin.json` as written, and parsed when it is a JSON object. */
  manifestText: string;
  manifest?: Record<string, unknown>;
  /** The manifest's `entry`, relative to `dir`, when that file exists. */
  entryFile?: string;
  /** TypeScript modules below `src/`, relative to `dir`: what is checked against the runtime API. */
  sourceFiles: string[];
}

/** The template library of a site tree. */
export interface TemplateSources {
  registryFile: string;
  datastores: Datastore[];
  /** Templates whose entry is valid; those with a broken entry are only in `problems`. */
  templates: LoadedTemplate[];
  problems: TemplateProblem[];
}

export const templatesFolder = 'templates';
export const registryFile = `${templatesFolder}/registry.ts`;
export const manifestFile = 'ax-plugin.json';
export const lintConfigFile = 'ax-lint.json';

/**
 * Reads `templates/registry.ts` of the tree at `root` (through tsx, so a fixture site plants its
 * own) and each template's scaffold, and reports what does not hold together. Undefined when
 * the tree has no template library. `releases` are the runtime versions a template may claim.
 */
export function readTemplateSources(root: string, releases: readonly string[]): TemplateSources | undefined {
  const abs = (...parts: string[]) => path.join(root, ...parts);
  if (!existsSync(abs(registryFile))) return undefined;
  const text = readFileSync(abs(registryFile), 'utf8');
  const problems: TemplateProblem[] = [];
  const report = (line: number, message: string) => problems.push({file: registryFile, line, ruleId: 'templates/registry', message});
  let exported: unknown;
  try {
    exported = tsxRequire(abs(registryFile), __filename);
  } catch (error) {
    report(1, `Unexpected error loading the registry (${String((error as Error).message).split('\n')[0]}), expected a module exporting templateRegistry and datastores`);
    return {registryFile, datastores: [], templates: [], problems};
  }
  const raw = exported as {templateRegistry?: unknown[]; datastores?: unknown[]};
  const lineOfEntry = entryLines(text);
  const parsed = registrySchema.safeParse({templateRegistry: raw.templateRegistry, datastores: raw.datastores});
  if (!parsed.success) {
    for (const p of zodProblems(parsed.error, {input: raw, root: `in ${registryFile}`})) {
      const [list, index] = p.path;
      report(list === 'templateRegistry' && typeof index === 'number' ? lineOfEntry(index) : 1, p.message);
    }
    return {registryFile, datastores: [], templates: [], problems};
  }
  const {templateRegistry, datastores} = parsed.data;
  const storeIds = datastores.map((d) => d.id);
  const seen = new Set<string>();
  const templates: LoadedTemplate[] = [];
  templateRegistry.forEach((entry, i) => {
    const at = (message: string) => report(lineOfEntry(i), message);
    const before = problems.length;
    if (seen.has(entry.archetype)) at(`Unexpected second template "${entry.archetype}", expected each archetype once`);
    seen.add(entry.archetype);
    for (const d of entry.datastores) if (!storeIds.includes(d)) at(`Unexpected datastore "${d}" for template "${entry.archetype}", expected one of ${storeIds.join(', ')}`);
    const claimed = entry.compatibility.runtimes;
    for (const r of claimed) if (!releases.includes(r)) at(`Unexpected runtime "${r}" for template "${entry.archetype}", expected a release of migration/releases.ts (${releases.join(', ')})`);
    const order = [...claimed].sort((a, b) => releases.indexOf(a) - releases.indexOf(b));
    if (new Set(claimed).size !== claimed.length || order.join() !== claimed.join()) at(`Unexpected runtimes ${claimed.join(', ')} for template "${entry.archetype}", expected each release once, oldest first`);
    const dir = `${templatesFolder}/${entry.archetype}`;
    if (!existsSync(abs(dir, manifestFile))) at(`Unexpected template "${entry.archetype}" without ${dir}/${manifestFile}, expected its scaffold in ${dir}/`);
    if (problems.length > before) return;
    const files = listFiles(abs(dir));
    for (const f of entry.highlight) if (!files.includes(f)) at(`Unexpected highlighted file "${f}" for template "${entry.archetype}", expected a file of ${dir}/ (${files.join(', ')})`);
    templates.push(loadScaffold(root, entry, lineOfEntry(i), dir, files));
  });
  return {registryFile, datastores, templates, problems};
}

function loadScaffold(root: string, entry: Template, line: number, dir: string, files: string[]): LoadedTemplate {
  const manifestText = readFileSync(path.join(root, dir, manifestFile), 'utf8');
  let manifest: Record<string, unknown> | undefined;
  try {
    const value: unknown = JSON.parse(manifestText);
    if (value && typeof value === 'object' && !Array.isArray(value)) manifest = value as Record<string, unknown>;
  } catch {
    // Reported by templates/manifest, which type-checks the text and names the line.
  }
  const entryPath = typeof manifest?.entry === 'string' ? path.posix.normalize(manifest.entry) : undefined;
  const sourceFiles = files.filter((f) => f.startsWith('src/') && /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  return {entry, line, dir, files, manifestText, ...(manifest ? {manifest} : {}), ...(entryPath && files.includes(entryPath) ? {entryFile: entryPath} : {}), sourceFiles};
}

/** Every file below `dir`, relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, {recursive: true, withFileTypes: true}) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The line of the n-th `archetype:` in the registry's text: where a finding about entry n points. */
function entryLines(text: string): (index: number) => number {
  const lines = text.split('\n').flatMap((l, i) => (/^\s*archetype\s*:/.test(l) ? [i + 1] : []));
  return (index) => lines[index] ?? 1;
}
