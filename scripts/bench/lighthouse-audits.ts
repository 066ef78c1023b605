import type {RunScores} from './lighthouse-scores';

/**
 * The few fields of a Lighthouse result (LHR) the bench reads. Declared here rather than taken
 * from Lighthouse's own types so the pure functions below can be tested on small literals.
 */
export interface LhrItem {
  url?: unknown;
  wastedBytes?: unknown;
  wastedMs?: unknown;
  totalBytes?: unknown;
  total?: unknown;
  scripting?: unknown;
  duration?: unknown;
  groupLabel?: unknown;
}

export interface LhrAudit {
  title: string;
  score: number | null;
  scoreDisplayMode?: string;
  numericValue?: number;
  displayValue?: string;
  details?: {type?: string; overallSavingsMs?: number; items?: LhrItem[]};
}

export interface Lhr {
  finalDisplayedUrl: string;
  environment?: {hostUserAgent?: string; benchmarkIndex?: number};
  runtimeError?: {code: string; message: string};
  categories: Record<string, {score: number | null; auditRefs?: {id: string; weight: number}[]} | undefined>;
  audits: Record<string, LhrAudit | undefined>;
}

/** The four categories the bench asks Lighthouse for, by their ids in the LHR. */
export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function category(lhr: Lhr, id: (typeof categoryIds)[number]): number {
  const score = lhr.categories[id]?.score;
  if (typeof score !== 'number') throw new Error(`Unexpected missing "${id}" score in the Lighthouse result for ${lhr.finalDisplayedUrl}, expected a number from 0 to 1`);
  return Math.round(score * 100);
}

function numeric(lhr: Lhr, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (typeof value !== 'number') throw new Error(`Unexpected missing "${id}" value in the Lighthouse result for ${lhr.finalDisplayedUrl}, expected a number of milliseconds`);
  return Math.round(value);
}

/** A run's scores as Lighthouse displays them (0–100), its two timing metrics and the host's CPU power. */
export function scoresOf(lhr: Lhr): RunScores {
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${lhr.finalDisplayedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return {
    performance: category(lhr, 'performance'),
    accessibility: category(lhr, 'accessibility'),
    bestPractices: category(lhr, 'best-practices'),
    seo: category(lhr, 'seo'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    cpuPower: typeof lhr.environment?.benchmarkIndex === 'number' ? Math.round(lhr.environment.benchmarkIndex) : NaN,
  };
}

/**
 * Audits Lighthouse could not compute in a run, split by whether a category score weighs them.
 * Lighthouse 12.2.3 predates the Chromium we drive, and a few trace-based diagnostics fail on
 * its newer trace format; the bench says so rather than letting a reader trust a silent gap.
 */
export function erroredAudits(lhr: Lhr): {scored: string[]; unscored: string[]} {
  const weighted = new Set(Object.values(lhr.categories).flatMap((c) => (c?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
  const errored = Object.keys(lhr.audits).filter((id) => lhr.audits[id]?.scoreDisplayMode === 'error');
  return {scored: errored.filter((id) => weighted.has(id)), unscored: errored.filter((id) => !weighted.has(id))};
}

/** Diagnostics that say what blocks the main thread or weighs on the load, beside the opportunities. */
const diagnostics = ['bootup-time', 'mainthread-work-breakdown', 'total-byte-weight', 'dom-size'];

export interface Finding {
  id: string;
  title: string;
  /** Lighthouse's own summary, e.g. "Potential savings of 120 KiB" or "2.1 s". */
  display: string;
  /** The heaviest resources the audit names, shortest path first. */
  top: string[];
}

const pathOf = (url: unknown) => (typeof url === 'string' ? url.replace(/^https?:\/\/[^/]+/, '') : String(url));

function topItems(audit: LhrAudit): string[] {
  const items = audit.details?.items ?? [];
  const weight = (i: LhrItem) => Number(i.wastedBytes ?? i.wastedMs ?? i.scripting ?? i.totalBytes ?? i.total ?? i.duration ?? 0);
  // Most audits list resources by URL; the main-thread breakdown lists kinds of work by label.
  const name = (i: LhrItem) => (typeof i.url === 'string' ? pathOf(i.url) : typeof i.groupLabel === 'string' ? i.groupLabel : undefined);
  return [...items]
    .filter((i) => name(i) !== undefined)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, 3)
    .map((i) => {
      const w = weight(i);
      const size = i.wastedBytes !== undefined || i.totalBytes !== undefined ? `${(w / 1024).toFixed(0)} KiB` : `${w.toFixed(0)} ms`;
      return `${name(i)} (${size})`;
    });
}

/**
 * The top opportunities (failing audits with estimated savings, largest first), then the failing
 * diagnostics, up to `count`: what the lead needs to know to raise the performance score.
 */
export function topFindings(lhr: Lhr, count = 3): Finding[] {
  const failing = (id: string) => {
    const audit = lhr.audits[id];
    return audit && audit.score !== null && audit.score < 0.9 ? audit : undefined;
  };
  const opportunities = Object.keys(lhr.audits)
    .filter((id) => lhr.audits[id]?.details?.type === 'opportunity' && failing(id) && (lhr.audits[id]?.details?.overallSavingsMs ?? 0) > 0)
    .sort((a, b) => (lhr.audits[b]!.details!.overallSavingsMs ?? 0) - (lhr.audits[a]!.details!.overallSavingsMs ?? 0));
  const chosen = [...opportunities, ...diagnostics.filter((id) => failing(id))].slice(0, count);
  return chosen.map((id) => {
    const audit = lhr.audits[id]!;
    const savings = audit.details?.overallSavingsMs;
    const display = [audit.displayValue, savings ? `about ${Math.round(savings)} ms to save` : ''].filter(Boolean).join(', ');
    return {id, title: audit.title, display, top: topItems(audit)};
  });
}

export function formatFindings(findings: readonly Finding[]): string[] {
  return findings.flatMap((f) => [`    ${f.id}: ${f.title}${f.display ? ` (${f.display})` : ''}`, ...f.top.map((t) => `      ${t}`)]);
}
