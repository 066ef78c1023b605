import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {CatalogSource, ErrorEntry} from '../../error-catalog/entry';
import {catalogIndexFile, requireCatalogSources} from '../../error-catalog/root-catalog';

export {catalogIndexFile};
import {defineRule, type Rule, type RuleMeta} from '../rule';
import type {SiteModel} from '../site-model';


/** An entry and where it is written, so a finding takes the author straight there. */
export interface LocatedEntry {
  entry: ErrorEntry;
  file: string;
  line: number;
  column: number;
}

/** The catalog of the checked root, or why it could not be loaded. */
export type LoadedCatalog = {entries: LocatedEntry[]; ids: ReadonlySet<string>} | {problem: string};

/** Where each entry's `id: 'AX…'` is written; the nth entry with an ID in a file is its nth occurrence. */
function locate(root: string, sources: readonly CatalogSource[]): LocatedEntry[] {
  const lines = new Map<string, string[]>();
  const seen = new Map<string, number>();
  return sources.flatMap((source) => {
    const full = path.resolve(root, source.file);
    if (!lines.has(source.file)) lines.set(source.file, existsSync(full) ? readFileSync(full, 'utf8').split('\n') : []);
    const text = lines.get(source.file)!;
    return source.errors.map((entry) => {
      const key = `${source.file}\0${entry.id}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      const hits = text.flatMap((l, i) => (/\bid:/.test(l) && l.includes(`'${entry.id}'`) ? [i] : []));
      const index = hits[nth] ?? hits[0];
      return index === undefined ? {entry, file: source.file, line: 1, column: 1} : {entry, file: source.file, line: index + 1, column: text[index]!.search(/\bid:/) + 1};
    });
  });
}

/** Loads `errors/catalog/index.ts` of the root with tsx, so fixture sites can plant faults. */
export function loadCatalog(root: string, load: (root: string) => unknown): LoadedCatalog | undefined {
  let sources: unknown;
  try {
    sources = load(root);
  } catch (error) {
    return {problem: `Unexpected error loading the catalog: ${(error as Error).message.split('\n')[0]}, expected a module exporting catalogSources`};
  }
  if (sources === undefined) return undefined;
  if (!Array.isArray(sources) || !sources.every((s) => typeof s?.file === 'string' && Array.isArray(s?.errors))) {
    return {problem: 'Unexpected catalogSources, expected an array of {file, errors}'};
  }
  const entries = locate(root, sources as CatalogSource[]);
  return {entries, ids: new Set(entries.map((x) => x.entry.id))};
}

/** Loads the catalog once per checked model. */
export type CatalogOf = (site: SiteModel) => LoadedCatalog | undefined;

/** A loader for the checked root's catalog, cached per model; tests pass their own `load`. */
export function catalogLoader(load: (root: string) => unknown = requireCatalogSources): CatalogOf {
  const cache = new WeakMap<SiteModel, LoadedCatalog | undefined>();
  return (site) => {
    if (!cache.has(site)) cache.set(site, loadCatalog(site.root, load));
    return cache.get(site);
  };
}

/** Reports one problem with one entry. */
export type ReportEntry = (at: LocatedEntry, message: string) => void;

/** What a catalog rule checks: every entry of the catalog, with its location. */
export type CatalogCheck = (entries: LocatedEntry[], ids: ReadonlySet<string>, report: ReportEntry, site: SiteModel) => void | Promise<void>;

/**
 * A rule over the catalog of the checked root. It is silent when the root has no catalog; a
 * catalog that does not load is reported once, by the rule that says so (`reportsLoad`).
 */
export function defineCatalogRule(meta: RuleMeta, check: CatalogCheck, catalogOf: CatalogOf, reportsLoad = false): Rule<SiteModel> {
  return defineRule<SiteModel>(meta, async (site, report) => {
    const catalog = catalogOf(site);
    if (!catalog) return;
    if ('problem' in catalog) {
      if (reportsLoad) report({file: catalogIndexFile, line: 1, message: catalog.problem});
      return;
    }
    await check(catalog.entries, catalog.ids, (at, message) => report({file: at.file, line: at.line, column: at.column, message: `${at.entry.id}: ${message}`}), site);
  });
}
