import path from 'node:path';
import {catalogSources, errorCatalog, statusOf, type CatalogSource, type ErrorEntry} from '../../errors';
import {readFrequencySnapshot, rankErrors} from '../../errors/frequency';
import {checkCatalog, formatCatalogFindings} from '../../errors/integrity';
import {docRouteExists} from '../../errors/routes';
import {checkAxCommand, cliSpec, commandSlug, findAxCommands, listCommands, synopsis, type CommandSpec, type FlagSpec} from '../../src/cli-spec';
import type {PluginOptions} from './options';

/** One error as its page needs it: the entry, plus what the page shows around it. */
export interface ErrorPageData {
  entry: ErrorEntry;
  status: 'active' | 'retired';
  /** Rank in the frequency snapshot, when it appears there. */
  rank?: number;
  occurrences?: number;
  /** Titles of the errors this one links to, by ID. */
  titles: Record<string, string>;
}

/** One row of the index. */
export interface ErrorSummary {
  id: string;
  title: string;
  area: ErrorEntry['area'];
  severity: ErrorEntry['severity'];
  status: 'active' | 'retired';
  replacedBy?: string;
  retiredIn?: string;
  rank?: number;
  occurrences?: number;
}

/** A CLI reference page. */
export interface CliPageData {
  fullName: string;
  slug: string;
  synopsis: string;
  command: CommandSpec;
  /** Parent group, for the breadcrumb. */
  parent?: {fullName: string; slug: string};
  /** Errors whose fixes run this command. */
  errors: Array<{id: string; title: string}>;
  globalFlags: readonly FlagSpec[];
}

export interface ErrorsContent {
  pages: ErrorPageData[];
  summaries: ErrorSummary[];
  topIds: string[];
  window: {from: string; to: string; days: number};
  /** Aliases as written: each gets a route that forwards to the canonical page. */
  redirects: Array<{from: string; to: string}>;
  /**
   * Lower-case spellings of IDs and aliases. The client router matches paths without regard
   * to case, so `/errors/ax1042` cannot be a route of its own beside `/errors/AX1042`; these
   * become static forwarding files after the build instead.
   */
  lowercaseRedirects: Array<{from: string; to: string}>;
  cliPages: CliPageData[];
}

/** Fails with every integrity finding, each naming the file and the ID. */
export function assertCatalogIntegrity(siteDir: string, sources: readonly CatalogSource[] = catalogSources): void {
  const findings = checkCatalog(sources, {siteDir, docExists: (r) => docRouteExists(siteDir, r)});
  if (findings.length) throw new Error(`The error catalog has ${findings.length} problem(s):\n${formatCatalogFindings(findings)}`);
}

/** Every alias as written, and every lower-case spelling of an ID or alias, with its canonical ID. */
export function redirectVariants(catalog: readonly ErrorEntry[]): {aliases: Array<{from: string; to: string}>; lowercase: Array<{from: string; to: string}>} {
  const aliases = catalog.flatMap((e) => e.aliases.map((a) => ({from: a, to: e.id})));
  const lowercase = catalog.flatMap((e) => [e.id, ...e.aliases].map((v) => ({from: v.toLowerCase(), to: e.id}))).filter((r) => !catalog.some((e) => e.id === r.from || e.aliases.includes(r.from)));
  return {aliases, lowercase};
}

/** Reads everything the pages need; plain data only. */
export function loadErrorsContent(siteDir: string, options: PluginOptions): ErrorsContent {
  assertCatalogIntegrity(siteDir);
  const snapshot = readFrequencySnapshot(path.resolve(siteDir, options.frequencySnapshot));
  const {ranked} = rankErrors(snapshot, errorCatalog);
  const rankOf = new Map(ranked.map((r) => [r.id, r]));
  const titleOf = Object.fromEntries(errorCatalog.map((e) => [e.id, e.title]));
  const pages = errorCatalog.map((entry) => {
    const linked = [...entry.related.flatMap((r) => ('error' in r ? [r.error] : [])), ...(entry.replacedBy ? [entry.replacedBy] : [])];
    const r = rankOf.get(entry.id);
    return {entry, status: statusOf(entry), ...(r ? {rank: r.rank, occurrences: r.occurrences} : {}), titles: Object.fromEntries(linked.map((id) => [id, titleOf[id]!]))};
  });
  const summaries = pages.map(({entry: e, status, rank, occurrences}) => ({
    id: e.id, title: e.title, area: e.area, severity: e.severity, status,
    ...(e.replacedBy ? {replacedBy: e.replacedBy} : {}),
    ...(e.retiredIn ? {retiredIn: e.retiredIn} : {}),
    ...(rank ? {rank, occurrences} : {}),
  }));
  return {
    pages,
    summaries,
    topIds: ranked.slice(0, options.topCount).map((r) => r.id),
    window: snapshot.window,
    redirects: redirectVariants(errorCatalog).aliases,
    lowercaseRedirects: redirectVariants(errorCatalog).lowercase,
    cliPages: cliPages(),
  };
}

/** Which errors run each command in their fixes, keyed by full command name. */
function errorsByCommand(): Map<string, Array<{id: string; title: string}>> {
  const names = listCommands().map((c) => c.fullName).sort((a, b) => b.length - a.length);
  const map = new Map<string, Array<{id: string; title: string}>>();
  for (const e of errorCatalog) {
    if (e.retiredIn) continue;
    const lines = e.fixes.flatMap((f) => [...(f.command ? [f.command] : []), ...findAxCommands(f.step).map((c) => c.command)]);
    const used = new Set<string>();
    for (const line of lines) {
      if (!checkAxCommand(line).ok) continue;
      const name = names.find((n) => line === n || line.startsWith(`${n} `));
      if (name) used.add(name);
    }
    for (const name of used) map.set(name, [...(map.get(name) ?? []), {id: e.id, title: e.title}]);
  }
  return map;
}

function cliPages(): CliPageData[] {
  const byCommand = errorsByCommand();
  const all = listCommands();
  return all.map((c) => {
    const parent = all.find((p) => p.path.length === c.path.length - 1 && p.path.every((w, i) => c.path[i] === w));
    return {
      fullName: c.fullName,
      slug: commandSlug(c.path),
      synopsis: synopsis(c),
      command: c.command,
      ...(parent ? {parent: {fullName: parent.fullName, slug: commandSlug(parent.path)}} : {}),
      errors: byCommand.get(c.fullName) ?? [],
      globalFlags: cliSpec.globalFlags,
    };
  });
}
