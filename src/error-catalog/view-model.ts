/**
 * What the error pages show, as plain data: the errors plugin passes these as route props,
 * and later renderers (PDF, slides) can use them without React.
 */
import {areaIds, areas, severities, statusOf, type Area, type ErrorEntry, type ErrorStatus, type Severity} from './entry';
import type {RankedError} from './frequency';

/** One error as its page needs it: the entry, plus what the page shows around it. */
export interface ErrorPageData {
  entry: ErrorEntry;
  status: ErrorStatus;
  areaLabel: string;
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
  area: Area;
  areaLabel: string;
  severity: Severity;
  status: ErrorStatus;
  replacedBy?: string;
  retiredIn?: string;
  rank?: number;
  occurrences?: number;
}

/** An area as the index's filter offers it. */
export interface AreaOption {
  id: Area;
  label: string;
  from: number;
  to: number;
}

/** Everything the index page shows. */
export interface ErrorIndexData {
  errors: ErrorSummary[];
  topIds: string[];
  window: {from: string; to: string; days: number};
  areas: AreaOption[];
  severities: Severity[];
}

/** One page per entry, with the titles of the errors it links to and its frequency rank. */
export function errorPages(catalog: readonly ErrorEntry[], ranked: readonly RankedError[]): ErrorPageData[] {
  const rankOf = new Map(ranked.map((r) => [r.id, r]));
  const titleOf = new Map(catalog.map((e) => [e.id, e.title]));
  return catalog.map((entry) => {
    const linked = [...entry.related.flatMap((r) => ('error' in r ? [r.error] : [])), ...(entry.replacedBy ? [entry.replacedBy] : [])];
    const r = rankOf.get(entry.id);
    return {
      entry,
      status: statusOf(entry),
      areaLabel: areas[entry.area].label,
      ...(r ? {rank: r.rank, occurrences: r.occurrences} : {}),
      titles: Object.fromEntries(linked.map((id) => [id, titleOf.get(id)!])),
    };
  });
}

/** The index: every error, the most frequent first, and the filter's options. */
export function errorIndex(pages: readonly ErrorPageData[], ranked: readonly RankedError[], topCount: number, window: ErrorIndexData['window']): ErrorIndexData {
  const errors = pages.map(({entry: e, status, areaLabel, rank, occurrences}) => ({
    id: e.id, title: e.title, area: e.area, areaLabel, severity: e.severity, status,
    ...(e.replacedBy ? {replacedBy: e.replacedBy} : {}),
    ...(e.retiredIn ? {retiredIn: e.retiredIn} : {}),
    ...(rank ? {rank, occurrences} : {}),
  }));
  return {
    errors,
    topIds: ranked.slice(0, topCount).map((r) => r.id),
    window,
    areas: areaIds.map((id) => ({id, label: areas[id].label, from: areas[id].from, to: areas[id].to})),
    severities: [...severities],
  };
}

/** Every alias as written, and every lower-case spelling of an ID or alias, with its canonical ID. */
export function redirectVariants(catalog: readonly ErrorEntry[]): {aliases: Array<{from: string; to: string}>; lowercase: Array<{from: string; to: string}>} {
  const aliases = catalog.flatMap((e) => e.aliases.map((a) => ({from: a, to: e.id})));
  const lowercase = catalog.flatMap((e) => [e.id, ...e.aliases].map((v) => ({from: v.toLowerCase(), to: e.id}))).filter((r) => !catalog.some((e) => e.id === r.from || e.aliases.includes(r.from)));
  return {aliases, lowercase};
}
