import type {ArchitectureView, OwnershipView} from '../../model/registry-views';
import type {KpiStatus, KpiTrend} from '../kpi-status';
import type {ReadinessState} from '../readiness';
import type {SignoffState} from '../signoff-schema';
import type {BinderChapterId} from './chapters';

/**
 * The binder's view models: plain JSON, no React and no zod, so the site's pages, the PDF and
 * the decks render exactly the same facts. Every text a reader sees as a state is a word here,
 * never a colour; a figure that has no data is null and renders as "No data".
 */

/** A figure as shown: its text, already formatted, or "No data". */
export type FigureText = string;

export interface ChapterMeta {
  id: BinderChapterId;
  title: string;
  route: string;
  purpose: string;
  /** Owning team id, and its name from the team registry. */
  owner: string;
  ownerName: string;
  /** YYYY-MM-DD: the day the chapter's sources last changed (git), as generated pages are reviewed. */
  reviewed: string;
}

/** A fact of the executive summary: a label, its words, and the chapter it comes from. */
export interface SummaryFact {
  id: 'kpis' | 'readiness' | 'signoffs' | 'runbooks' | 'disaster-recovery' | 'security' | 'training';
  label: string;
  /** One sentence, generated from the chapter's view model. */
  text: string;
  chapter: BinderChapterId;
}

export interface ExecutiveSummaryView {
  /** Where the handoff stands in one sentence. */
  headline: string;
  facts: SummaryFact[];
  kpiCounts: Record<KpiStatus, number>;
  readinessCounts: Record<ReadinessState, number>;
  signoffCounts: Record<SignoffState, number>;
}

export interface ArchitectureChapterView {
  architecture: ArchitectureView;
  ownership: OwnershipView;
}

export interface KpiRowView {
  id: string;
  name: string;
  unit: 'count' | 'ratio' | 'hours' | 'change';
  direction: 'higher-is-better' | 'lower-is-better';
  /** "Higher is better" or "Lower is better". */
  directionText: string;
  status: KpiStatus;
  /** The value as shown; null for No data and Stale (never a number then). */
  value: number | null;
  valueText: FigureText;
  targetText: string;
  atRiskText: string;
  trend: KpiTrend;
  /** "Better than the period before", …: words, so colour is never the only cue. */
  trendText: string;
  asOf: string | null;
  owner: string;
  ownerName: string;
  source: string;
  sourceText: string;
  definition: string;
}

export interface KpiScorecardView {
  rows: KpiRowView[];
  counts: Record<KpiStatus, number>;
}

export interface SupportTeamView {
  id: string;
  name: string;
  mission: string;
  channel: string;
  onCall: string;
  escalationRole: string;
  escalationContact: string;
  escalateAfterMinutes: number;
  /** Components the team owns, by name, with their support tier. */
  components: {id: string; name: string; tier: 1 | 2 | 3}[];
}

export interface SupportModelView {
  teams: SupportTeamView[];
  tiers: {tier: 1 | 2 | 3; meaning: string}[];
}

export type RunbookDrillState = 'Drilled on time' | 'Overdue' | 'Never drilled';

export interface RunbookRowView {
  id: string;
  title: string;
  route: string;
  owner: string;
  ownerName: string;
  intervalDays: number;
  lastDrilled: string | null;
  dueBy: string | null;
  state: RunbookDrillState;
  /** Whether the newest drill met its time target; null when never drilled. */
  metTarget: boolean | null;
}

export type DrState = 'Met' | 'Missed' | 'Overdue' | 'Never drilled';

export interface DrStoreRowView {
  id: string;
  name: string;
  componentName: string;
  approach: string;
  runbookRoute: string;
  rpoTargetMinutes: number;
  rtoTargetMinutes: number;
  /** Achieved by the newest drill; null when never drilled. */
  achievedRpoMinutes: number | null;
  achievedRtoMinutes: number | null;
  lastDrill: string | null;
  dueBy: string | null;
  state: DrState;
}

export interface OperationsView {
  runbooks: RunbookRowView[];
  platformTargets: {rpoMinutes: number; rtoMinutes: number};
  stores: DrStoreRowView[];
}

export interface TrainingView {
  labs: {id: string; title: string; route: string; audience: string; minutes: number; steps: number; outcomes: string[]}[];
  recordings: {id: string; title: string; route: string; kind: string; date: string; length: string; labs: string[]}[];
  officeHours: {id: string; title: string; when: string; hostTeamName: string; channel: string}[];
  officeHoursIcs: string;
  /** The training KPIs' rows from the scorecard, not restated. */
  kpis: KpiRowView[];
}

export interface MaintenanceSecurityView {
  route: string;
  /** Newest and oldest scan; null without scans. */
  asOf: {newest: string; oldest: string} | null;
  scanCount: number;
  staleScanCount: number;
  /** Open advisories per severity across fresh scans; null when a scan is too old to attest (shown as No data). */
  open: {severity: string; count: number | null}[];
  firingAlerts: {name: string; causes: string[]}[];
  slas: {severity: string; fixWithin: string}[];
}

export interface ReadinessRowView {
  id: string;
  domain: string;
  domainName: string;
  text: string;
  evidence: string;
  computed: boolean;
  state: ReadinessState;
  detail: string;
}

export interface ReadinessView {
  rows: ReadinessRowView[];
  counts: Record<ReadinessState, number>;
}

export interface SignoffRowView {
  domain: string;
  domainName: string;
  signer: string;
  signerTeamName: string;
  state: SignoffState;
  reason: string;
  decision: string | null;
  signedAt: string | null;
  expiresAt: string | null;
  exceptions: {item: string; reason: string; expires: string}[];
}

export interface SignoffsView {
  rows: SignoffRowView[];
  /** True when no domain has a sign-off: the page says so plainly. */
  allUnsigned: boolean;
}

export interface EvidenceView {
  /** The commit the binder was built from; null when no git commit is available ("No data"). */
  commit: string | null;
  domains: {domain: string; domainName: string; scope: string[]; fileCount: number; sha256: string; signedSha256: string | null; state: SignoffState}[];
}

/** Where the downloads live: from the route table, for links on every page. */
export interface BinderDownloads {
  pdf: string;
  executiveDeck: {html: string; pdf: string; pptx: string};
  trainingDeck: {html: string; pdf: string; pptx: string};
}

/** Each chapter's view model, by chapter id. */
export interface ChapterViews {
  'executive-summary': ExecutiveSummaryView;
  architecture: ArchitectureChapterView;
  'kpi-scorecard': KpiScorecardView;
  'support-model': SupportModelView;
  operations: OperationsView;
  training: TrainingView;
  'maintenance-security': MaintenanceSecurityView;
  readiness: ReadinessView;
  'sign-offs': SignoffsView;
  evidence: EvidenceView;
}

/** What every page and download of the binder shares. */
export interface BinderFrame {
  title: string;
  /** Says the data is synthetic, on every page and in every download. */
  dataNote: string;
  /** The build moment (SOURCE_DATE_EPOCH when set), ISO datetime. */
  builtAt: string;
  /** YYYY-MM-DD the binder judges freshness, drills and expiry on. */
  today: string;
  /** The binder's front page (a doc). */
  frontPage: string;
  downloads: BinderDownloads;
  /** Every chapter, in order. */
  chapters: ChapterMeta[];
}

/** The whole binder: what the PDF prints and the decks are made of. */
export interface BinderModel extends BinderFrame {
  views: ChapterViews;
}

/** One chapter page's route props: the frame, and its own chapter's view only. */
export type BinderPageProps = {
  [K in BinderChapterId]: {frame: BinderFrame; chapter: ChapterMeta & {id: K}; view: ChapterViews[K]};
}[BinderChapterId];
