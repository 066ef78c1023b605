import {isoDay} from '../../content-model/dates';
import {findTeam} from '../../content-model/registry/teams';
import {architectureView, ownershipView} from '../../model/registry-views';
import {generatedFiles, routes} from '../../routes/table';
import {kpis} from '../../../handoff/kpis';
import {readinessItems} from '../../../handoff/readiness';
import {signoffScopes} from '../../../handoff/signoff-scopes';
import type {Snapshot} from '../../analytics/schema/snapshot';
import {readMeasurements, readSecurityDashboard} from '../kpi-sources';
import {scoreKpis} from '../kpi-status';
import {readReadinessFacts} from '../readiness-facts';
import {judgeReadiness} from '../readiness';
import {registryKeys, signoffStates, type SignerKeys} from '../signoff-states';
import {binderChapters, type BinderChapterId} from './chapters';
import {operationsView, supportModelView} from './ops-views';
import {sourcesLastChangedEach} from '../../content-model/source-dates';
import {buildCommit} from './source-dates';
import {evidenceView, kpiScorecardView, readinessView, signoffsView} from './status-views';
import {executiveSummaryView} from './summary';
import {maintenanceSecurityView, trainingView} from './training-views';
import type {BinderDownloads, BinderFrame, BinderModel, BinderPageProps, ChapterMeta} from './types';

export interface BinderModelInput {
  /** The site root whose sources the binder reads. */
  siteDir: string;
  /** The build moment (SOURCE_DATE_EPOCH when set): freshness, drills and expiry are judged at it. */
  moment: Date | string;
  /** The commit built; undefined reads the checkout's HEAD, null says there is none ("No data"). */
  commit?: string | null;
  /** Signers' public keys; the signer registry's unless a test hands fixture keys. */
  keys?: SignerKeys;
  /** The site's metrics snapshot when the build already has it (the analytics plugin's); computed from the export otherwise. */
  analytics?: Snapshot;
}

export const binderTitle = 'ax v2 handoff binder';

/** Said on every page and in every download: the figures are real computations over made-up data. */
export const binderDataNote = 'The data behind this binder is synthetic: the analytics, scans, drills and test evidence were generated for the ax v2 docs project. Every figure is computed from it, none is typed.';

export const binderDownloads: BinderDownloads = {
  pdf: generatedFiles.binderPdf,
  executiveDeck: {html: generatedFiles.executiveDeckHtml, pdf: generatedFiles.executiveDeckPdf, pptx: generatedFiles.executiveDeckPptx},
  trainingDeck: {html: generatedFiles.trainingDeckHtml, pdf: generatedFiles.trainingDeckPdf, pptx: generatedFiles.trainingDeckPptx},
};

/**
 * Builds every chapter's view model from the sources below `siteDir`: plain JSON that the
 * binder pages, the PDF and the decks render, so each fact is computed once and shown alike.
 */
export async function loadBinderModel({siteDir, moment, commit, keys = registryKeys(), analytics}: BinderModelInput): Promise<BinderModel> {
  const at = new Date(moment);
  const builtAt = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const today = isoDay(at);
  const [measurements, facts, operations, reviewed, builtCommit] = await Promise.all([
    readMeasurements(siteDir, builtAt, analytics),
    readReadinessFacts(siteDir, today, builtAt, kpis),
    operationsView(siteDir, today),
    sourcesLastChangedEach(siteDir, binderChapters.map((c) => c.sources)),
    commit === undefined ? buildCommit(siteDir) : Promise.resolve(commit),
  ]);
  const kpiScorecard = kpiScorecardView(scoreKpis(kpis, measurements, today));
  const states = signoffStates(siteDir, builtAt, keys);
  const rest = {
    'kpi-scorecard': kpiScorecard,
    operations,
    training: await trainingView(siteDir, today, kpiScorecard.rows),
    'maintenance-security': maintenanceSecurityView(readSecurityDashboard(siteDir, builtAt)),
    readiness: readinessView(judgeReadiness(readinessItems, facts)),
    'sign-offs': signoffsView(states),
  };
  const chapters: ChapterMeta[] = binderChapters.map(({id, title, route, purpose, owner}, i) => ({id, title, route, purpose, owner, ownerName: findTeam(owner)?.name ?? owner, reviewed: reviewed[i]!}));
  return {
    title: binderTitle,
    dataNote: binderDataNote,
    builtAt,
    today,
    frontPage: routes.binderChapter(),
    downloads: binderDownloads,
    chapters,
    views: {
      'executive-summary': executiveSummaryView(rest),
      architecture: {architecture: architectureView(), ownership: ownershipView()},
      'support-model': supportModelView(),
      ...rest,
      evidence: evidenceView(siteDir, builtCommit, signoffScopes, states),
    },
  };
}

/** What the binder shares with every page: the model without the chapters' views. */
export function binderFrame(model: BinderModel): BinderFrame {
  const {views: _views, ...frame} = model;
  return frame;
}

/** One chapter page's props: the frame and that chapter's view only, so a page ships no other chapter's data. */
export function binderPageProps(model: BinderModel, id: BinderChapterId): BinderPageProps {
  const chapter = model.chapters.find((c) => c.id === id)!;
  return {frame: binderFrame(model), chapter, view: model.views[id]} as BinderPageProps;
}
