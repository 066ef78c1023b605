import {parseDeprecation, tagVersion, type ApiDeclaration} from '../migration-model/declarations';
import type {MigrationSources} from '../migration-model/load';
import {statusOn} from '../migration-model/matrix';
import type {CellStatus} from '../migration-model/types';
import {pathPositions} from '../checks/zod-finding';
import {checkAgainstApi, type ApiCheck, type ApiUse} from './api-check';
import {lintTemplate} from './lint-check';
import {combinations} from './scaffold';
import {registryFile as registryPath, manifestFile, readTemplateSources, type LoadedTemplate, type TemplateProblem, type TemplateSources} from './load';

/** How a template fares on one runtime release, and whether it claims that release. */
export interface TemplateCell {
  runtime: string;
  status: CellStatus;
  claimed: boolean;
}

/** Everything the checks, the pages and the matrix need to know about the template library. */
export interface TemplateReport {
  sources: TemplateSources;
  /** One row per template: its status on every runtime release. */
  compatibility: {archetype: string; cells: TemplateCell[]}[];
  /** Every broken rule, the registry's included. */
  problems: TemplateProblem[];
}

/** The API version a runtime release serves: `2.3` → `v2`. */
export const apiOf = (runtime: string) => `v${runtime.split('.')[0]}`;

/**
 * Reads the template library of `root` and checks each template against the runtime API of
 * every release: one compiler program per API version, whose results are judged per release
 * by the declarations' `@since`, `@deprecated` and `@removed` tags. Claimed releases yield
 * problems; all releases yield the compatibility matrix. Undefined without a template library.
 */
export function analyzeTemplates(root: string, migration: MigrationSources): TemplateReport | undefined {
  const releases = migration.releases.map((r) => r.version);
  const sources = readTemplateSources(root, releases);
  if (!sources) return undefined;
  const problems = [...sources.problems];
  const declById = new Map(migration.declarations.map((d) => [d.id, d]));
  const checks = new Map<string, ApiCheck>();
  for (const file of migration.entryPoints) {
    const api = file.split('/').at(-2)!;
    const manifest = migration.declarations.find((d) => d.api === api && d.kind === 'interface' && d.category === 'Manifest');
    checks.set(api, checkAgainstApi(root, api, file, manifest?.id.split('.')[1], sources.templates));
  }
  const registryValues = {template: sources.templates.map((t) => t.entry.archetype), datastore: sources.datastores.map((d) => d.id)};
  const compatibility = sources.templates.map((t) => {
    problems.push(...lintTemplate(root, t), ...claimProblems(t, checks, declById));
    for (const c of combinations(t, registryValues)) if (c.problem) problems.push({file: registryPath, line: t.line, ruleId: 'templates/registry', message: `Unexpected command \`${c.command}\` for template "${t.entry.archetype}" (${c.problem}), expected a command the CLI spec accepts`});
    const cells = releases.map((runtime) => ({runtime, status: statusOnRelease(t, checks.get(apiOf(runtime)), runtime, declById), claimed: t.entry.compatibility.runtimes.includes(runtime)}));
    return {archetype: t.entry.archetype, cells};
  });
  return {sources, compatibility, problems};
}

/** Status of one declaration on a release, by its own tags or, for an untagged member, its interface's. */
function declarationStatus(id: string, runtime: string, declById: ReadonlyMap<string, ApiDeclaration>): {status: CellStatus; decl?: ApiDeclaration} {
  const decl = declById.get(id) ?? declById.get(id.split('.').slice(0, 2).join('.'));
  if (!decl?.since) return {status: 'supported'};
  return {status: statusOn(runtime, tagVersion(decl.since), decl.deprecated && parseDeprecation(decl.deprecated.text).version, tagVersion(decl.removed) || undefined), decl};
}

/** The manifest's top-level fields as uses of the manifest interface's members, placed on their lines. */
function manifestFieldUses(t: LoadedTemplate, manifestId: string | undefined): ApiUse[] {
  if (!t.manifest || !manifestId) return [];
  const lineOf = pathPositions(t.manifestText);
  return Object.keys(t.manifest).map((key) => ({file: `${t.dir}/${manifestFile}`, line: lineOf([key])?.line ?? 1, column: 1, id: `${manifestId}.${key}`}));
}

const manifestIdOf = (api: string, declById: ReadonlyMap<string, ApiDeclaration>) =>
  [...declById.values()].find((d) => d.api === api && d.kind === 'interface' && d.category === 'Manifest')?.id;

const worst: CellStatus[] = ['unavailable', 'removed', 'deprecated', 'supported'];

function statusOnRelease(t: LoadedTemplate, check: ApiCheck | undefined, runtime: string, declById: ReadonlyMap<string, ApiDeclaration>): CellStatus {
  const result = check?.byTemplate[t.entry.archetype];
  if (!check || !result || result.typeErrors.length || result.manifestErrors.length) return 'unavailable';
  const uses = [...result.uses, ...manifestFieldUses(t, manifestIdOf(check.api, declById))];
  const statuses = new Set(uses.map((u) => declarationStatus(u.id, runtime, declById).status));
  return worst.find((s) => statuses.has(s)) ?? 'supported';
}

const ruleOf: Partial<Record<CellStatus, TemplateProblem['ruleId']>> = {unavailable: 'templates/api-unavailable', deprecated: 'templates/api-deprecated', removed: 'templates/api-removed'};

/** Problems on the releases the template claims: compiler errors, and uses of APIs or manifest fields those releases lack or deprecate. */
function claimProblems(t: LoadedTemplate, checks: ReadonlyMap<string, ApiCheck>, declById: ReadonlyMap<string, ApiDeclaration>): TemplateProblem[] {
  const out: TemplateProblem[] = [];
  const claimed = t.entry.compatibility.runtimes;
  const name = `template "${t.entry.archetype}"`;
  if (t.manifest && !t.entryFile) out.push({file: `${t.dir}/${manifestFile}`, line: pathPositions(t.manifestText)(['entry'])?.line ?? 1, ruleId: 'templates/manifest', message: `Unexpected entry ${JSON.stringify(t.manifest.entry)} in the manifest of ${name}, expected a file of ${t.dir}/ (${t.sourceFiles.join(', ')})`});
  if (t.manifest && typeof t.manifest.runtime === 'string' && !claimed.includes(t.manifest.runtime)) out.push({file: `${t.dir}/${manifestFile}`, line: pathPositions(t.manifestText)(['runtime'])?.line ?? 1, ruleId: 'templates/manifest', message: `Unexpected runtime "${t.manifest.runtime}" in the manifest of ${name}, expected one of the runtimes it claims (${claimed.join(', ')})`});
  for (const api of [...new Set(claimed.map(apiOf))]) {
    const runtimes = claimed.filter((r) => apiOf(r) === api);
    const check = checks.get(api);
    const on = `runtime ${runtimes.join(', ')}`;
    if (!check) {
      out.push({file: `${t.dir}/${manifestFile}`, line: 1, ruleId: 'templates/types', message: `Unexpected claim of ${on} for ${name}, expected API declarations in migration/api/${api}/index.d.ts to check it against`});
      continue;
    }
    const result = check.byTemplate[t.entry.archetype]!;
    for (const e of result.typeErrors) out.push({...e, ruleId: 'templates/types', message: `Unexpected compiler error against the API of ${on} (${api}) that ${name} claims: ${e.message}, expected code that compiles against migration/api/${api}/index.d.ts`});
    for (const e of result.manifestErrors) out.push({...e, ruleId: 'templates/manifest', message: `Unexpected manifest for ${on} (${api}) that ${name} claims: ${e.message}, expected a manifest that matches the ${api} manifest declaration`});
    const manifestId = manifestIdOf(api, declById);
    for (const use of [...result.uses, ...manifestFieldUses(t, manifestId)]) {
      const byStatus = new Map<CellStatus, {runtimes: string[]; decl?: ApiDeclaration}>();
      for (const r of runtimes) {
        const {status, decl} = declarationStatus(use.id, r, declById);
        if (status === 'supported') continue;
        const entry = byStatus.get(status) ?? {runtimes: [], ...(decl ? {decl} : {})};
        entry.runtimes.push(r);
        byStatus.set(status, entry);
      }
      const isField = manifestId !== undefined && use.id.startsWith(`${manifestId}.`);
      for (const [status, {runtimes: on, decl}] of byStatus) {
        const what = isField ? `manifest field "${use.id.slice(manifestId!.length + 1)}"` : `\`${use.id}\``;
        out.push({file: use.file, line: use.line, column: use.column, ruleId: isField ? 'templates/manifest' : ruleOf[status]!, message: `Unexpected ${what}, ${describeStatus(status, decl)}, in ${name} on runtime ${on.join(', ')} it claims, expected ${expectation(status, decl)}`});
      }
    }
  }
  return dedupe(out);
}

function describeStatus(status: CellStatus, decl: ApiDeclaration | undefined): string {
  if (status === 'unavailable') return `available only from runtime ${tagVersion(decl?.since)}`;
  if (status === 'removed') return `removed in runtime ${tagVersion(decl?.removed)}`;
  const removed = tagVersion(decl?.removed);
  return `deprecated since runtime ${decl?.deprecated ? parseDeprecation(decl.deprecated.text).version : '?'}${removed ? ` and removed in ${removed}` : ''}`;
}

function expectation(status: CellStatus, decl: ApiDeclaration | undefined): string {
  const named = decl?.deprecated ? parseDeprecation(decl.deprecated.text).replacement : undefined;
  const replacement = named && !/^v\d+\./.test(named) ? `${decl!.api}.${named}` : named;
  if (status === 'unavailable') return `a claim from runtime ${tagVersion(decl?.since)} on, or an API every claimed runtime has`;
  return replacement ? `its replacement ${replacement}${decl?.migration ? ` (migration step #${decl.migration.text.split(/\s/)[0]})` : ''}` : 'an API every claimed runtime supports';
}

/** One problem per place and message: the same use in one line is reported once. */
function dedupe(problems: TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.ruleId}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
