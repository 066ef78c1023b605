/**
 * What the PDF and the decks print besides the built pages: plain, already-formatted facts
 * taken from the binder's view models (src/binder/views), so the print code neither reads
 * sources nor judges anything itself, and no fact is typed twice.
 */

/** One chapter of the binder, in binder order: its page is printed as one PDF chapter. */
export interface PrintChapter {
  /** Stable id, unique in the binder (the last segment of its route). */
  id: string;
  /** The chapter's title, as its page's heading and the TOC show it. */
  title: string;
  /** Route of the built page, from the route table. */
  route: string;
}

export interface PrintKpi {
  name: string;
  status: string;
  /** The value as the scorecard writes it; "No data" or "Stale" rather than a number. */
  value: string;
  target: string;
  trend: string;
  owner: string;
}

export interface PrintSignoff {
  domain: string;
  state: string;
  signer: string;
}

export interface PrintReadinessItem {
  domain: string;
  text: string;
  state: string;
}

export interface PrintLab {
  title: string;
  /** The lab's page on the public site. */
  url: string;
  /** e.g. "45 min". */
  duration: string;
  audience: string;
  steps: number;
  /** What a learner can do after the lab. */
  outcomes: readonly string[];
}

export interface PrintSession {
  title: string;
  kind: string;
  /** The recording's page on the public site. */
  url: string;
}

/** Everything the cover and the decks state, from the binder's view models. */
export interface BinderPrintModel {
  title: string;
  /** Day the binder's data is as of, YYYY-MM-DD; "No data" when no source has a date. */
  asOf: string;
  /** Build day, YYYY-MM-DD, from SOURCE_DATE_EPOCH when set. */
  builtOn: string;
  /** One sentence saying the data is synthetic. */
  syntheticNote: string;
  kpis: readonly PrintKpi[];
  signoffs: readonly PrintSignoff[];
  readiness: readonly PrintReadinessItem[];
  labs: readonly PrintLab[];
  sessions: readonly PrintSession[];
}

/** The cover's sign-off statement: honest about nobody having signed. */
export function signoffStatement(signoffs: readonly PrintSignoff[]): string {
  if (signoffs.length === 0) return 'No sign-off domains are defined.';
  if (signoffs.every((s) => s.state === 'UNSIGNED')) return 'Nobody has signed this handoff: every domain is UNSIGNED.';
  const valid = signoffs.filter((s) => s.state === 'VALID').length;
  const others = new Map<string, number>();
  for (const s of signoffs) if (s.state !== 'VALID') others.set(s.state, (others.get(s.state) ?? 0) + 1);
  const rest = [...others].map(([state, n]) => `${n} ${state}`).join(', ');
  return `${valid} of ${signoffs.length} domains hold a VALID sign-off${rest ? `; the others: ${rest}` : ''}.`;
}

/** The line every PDF page and slide ends with: which binder, that its data is synthetic, and as of when. */
export const footerText = (model: Pick<BinderPrintModel, 'title' | 'asOf'>) => `${model.title} · synthetic data · as of ${model.asOf}`;
