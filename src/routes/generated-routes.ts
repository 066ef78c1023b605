import {existsSync} from 'node:fs';
import path from 'node:path';
import {commandSlug, listCommands} from '../cli-spec';
import {requireCatalogSources} from '../error-catalog/root-catalog';
import {binderChapterIds} from '../binder/views/chapters';
import {recordingIds} from '../recordings/ids';
import {templateArchetypes} from '../template-model/root-registry';
import {generatedBases, generatedFiles, routes} from './table';

/**
 * Routes that no Markdown file or `src/pages` file declares, because plugins generate them,
 * listed from the same typed sources the plugins read. The checks accept a link when its
 * route is listed here or matches a family pattern, so `npm run check` knows every route the
 * build serves without building.
 */
export interface GeneratedRoutes {
  /** Exact routes; they also go into the published-urls manifest. */
  routes: string[];
  /** Families known only by shape: the API reference, which typedoc writes during the build. */
  patterns: RegExp[];
}

/** The catalog data the errors plugin reads, as far as routes need it. */
type CatalogSources = ReadonlyArray<{errors: ReadonlyArray<{id: string; aliases?: readonly string[]}>}>;
const apiDeclarations = 'migration/api';

/** Error ids and aliases of the root's catalog, or none when the root has no catalog. */
export function catalogKeys(root: string): {ids: string[]; aliases: string[]} {
  // A catalog that does not load, or has the wrong shape, is the catalog rules' to report; here it serves no routes.
  let catalogSources: unknown;
  try {
    catalogSources = requireCatalogSources(root);
  } catch {
    return {ids: [], aliases: []};
  }
  if (!Array.isArray(catalogSources)) return {ids: [], aliases: []};
  const entries = (catalogSources as CatalogSources).flatMap((s) => (Array.isArray(s?.errors) ? s.errors : []));
  return {ids: entries.map((e) => e.id), aliases: entries.flatMap((e) => e.aliases ?? [])};
}

/** Every error route: the index, one page per id, one per alias, and the lower-case forwarders. */
export function errorRoutes(keys: {ids: string[]; aliases: string[]}): string[] {
  if (!keys.ids.length) return [];
  const spellings = [...keys.ids, ...keys.aliases];
  const lower = spellings.map((s) => s.toLowerCase()).filter((s) => !spellings.includes(s));
  return [routes.error(), ...[...spellings, ...lower].map((s) => routes.error(s)), generatedFiles.catalogJson, generatedFiles.catalogSchema];
}

/** The CLI reference: one page per command of the CLI spec (the command list is a doc). */
export function cliRoutes(): string[] {
  return listCommands().map((c) => routes.cli(commandSlug(c.path)));
}

/** The analytics overview and the schemas it publishes. */
export function analyticsRoutes(): string[] {
  return [routes.analytics(), generatedFiles.analyticsEventsSchema, generatedFiles.analyticsSnapshotSchema];
}

/** The security dashboard, its feeds, the site's SBOM, and the checksums sealing every build. */
export function securityRoutes(): string[] {
  return [routes.security(), generatedFiles.securitySbom, generatedFiles.securityFeedJson, generatedFiles.securityFeedAtom, generatedFiles.checksums, generatedFiles.checksumsSignature];
}

/** The template library: the comparison page, one page per archetype and each scaffold's zip. */
export function templateRoutes(archetypes: readonly string[]): string[] {
  if (!archetypes.length) return [];
  return [routes.template(), ...archetypes.flatMap((a) => [routes.template(a), routes.templateZip(a)])];
}

/** The recordings index and one page per recording, when the tree has recordings. */
export function recordingRoutes(ids: readonly string[]): string[] {
  return ids.length ? [routes.recording(), ...ids.map((id) => routes.recording(id))] : [];
}

/** Where the binder's KPI registry lives: a tree without it has no binder. */
const binderRegistry = 'handoff/kpis.ts';

/**
 * The binder's chapter pages (binder plugin) and the downloads printed from them (the binder
 * PDF, and the executive and training decks in HTML, PDF and PPTX), when the tree has a binder.
 */
export function binderRoutes(root: string): string[] {
  if (!existsSync(path.join(root, binderRegistry))) return [];
  const downloads = [generatedFiles.binderPdf, generatedFiles.executiveDeckHtml, generatedFiles.executiveDeckPdf, generatedFiles.executiveDeckPptx, generatedFiles.trainingDeckHtml, generatedFiles.trainingDeckPdf, generatedFiles.trainingDeckPptx];
  return [...binderChapterIds.map((id) => routes.binderChapter(id)), ...downloads];
}

/**
 * Per-plugin analytics pages and export files: their names come from the telemetry export,
 * which only DuckDB reads, so the checks know them by shape.
 */
const analyticsPatterns = [new RegExp(`^${routes.analyticsPlugin('')}[a-z0-9][a-z0-9._-]*$`), new RegExp(`^${routes.analyticsExport()}/(?:widgets/)?[a-z0-9._-]+\\.(?:csv|json)$`)];

/** Everything the site's plugins generate for the tree at `root`. */
export function generatedRoutes(root: string): GeneratedRoutes {
  const list = [routes.health(), generatedFiles.healthReport, generatedFiles.officeHoursIcs, routes.labProgress(), ...errorRoutes(catalogKeys(root)), ...cliRoutes(), ...analyticsRoutes(), ...securityRoutes(), ...templateRoutes(templateArchetypes(root)), ...recordingRoutes(recordingIds(root)), ...binderRoutes(root)];
  const patterns: RegExp[] = [...analyticsPatterns];
  if (existsSync(path.join(root, apiDeclarations))) {
    list.push(generatedFiles.compatibilityJson, generatedFiles.deprecationsIcs);
    patterns.push(new RegExp(`^${generatedBases.apiReference}(?:/[\\w./-]+)?$`));
  }
  return {routes: list, patterns};
}
