import {routes} from '../../routes/table';

/**
 * The binder's chapters, in reading order: the pages below the binder's front page, the PDF's
 * bookmarks and the decks' sections all follow this list, so a chapter is named once.
 */
export const binderChapterIds = [
  'executive-summary',
  'architecture',
  'kpi-scorecard',
  'support-model',
  'operations',
  'training',
  'maintenance-security',
  'readiness',
  'sign-offs',
  'evidence',
] as const;

export type BinderChapterId = (typeof binderChapterIds)[number];

export interface BinderChapter {
  id: BinderChapterId;
  /** The page's h1 and the PDF bookmark. */
  title: string;
  /** URL of the chapter's page, from the route table. */
  route: string;
  /** What the chapter answers, in one line: the front page's table of contents and the page description. */
  purpose: string;
  /** Team id answerable for the chapter: the page's owner. */
  owner: string;
  /** Sources the chapter is rendered from, relative to the site root: its review date is the day they last changed. */
  sources: readonly string[];
}

const chapter = (id: BinderChapterId, title: string, purpose: string, owner: string, sources: readonly string[]): BinderChapter => ({id, title, route: routes.binderChapter(id), purpose, owner, sources});

export const binderChapters: readonly BinderChapter[] = [
  chapter('executive-summary', 'Executive summary', 'Where the handoff stands, in one page, from the same data as every other chapter.', 'product', ['handoff', 'src/binder']),
  chapter('architecture', 'Architecture', 'What the platform is made of and which team owns each part.', 'runtime', ['src/content-model/registry/components.ts', 'src/site/architecture.ts']),
  chapter('kpi-scorecard', 'KPI scorecard', 'The success metrics against their targets, read from their sources.', 'product', ['handoff/kpis.ts', 'src/binder/kpi-status.ts', 'src/binder/kpi-measurements.ts']),
  chapter('support-model', 'Support model', 'Who is on call for what, support tiers and how to escalate.', 'quality', ['src/content-model/registry/teams.ts', 'src/content-model/registry/components.ts']),
  chapter('operations', 'Operations', 'Runbooks with their drill state, and disaster recovery targets against what drills achieved.', 'devops', ['runbooks', 'src/content-model/ops/dr-stores.ts']),
  chapter('training', 'Training', 'The hands-on labs, the recorded sessions and the office hours.', 'docs', ['docs/labs', 'recordings', 'src/content-model/registry/office-hours.ts']),
  chapter('maintenance-security', 'Maintenance and security', 'Dependency and vulnerability scans, open advisories and the fix-within SLAs.', 'devops', ['security']),
  chapter('readiness', 'Readiness', 'The readiness and production-validation checklist per domain: computed items and attested ones.', 'product', ['handoff/readiness.ts', 'src/binder/readiness.ts']),
  chapter('sign-offs', 'Sign-offs', 'Each domain’s sign-off and whether it still holds: VALID, STALE, EXPIRED or UNSIGNED.', 'product', ['handoff/signoff-scopes.ts', 'handoff/signoffs', 'src/content-model/registry/signers.ts']),
  chapter('evidence', 'Evidence', 'The build commit, and per domain the hash of the sources in scope and its state.', 'quality', ['handoff/signoff-scopes.ts', 'handoff/signoffs', 'src/binder/signoff.ts']),
];

/** The chapter with this id. */
export function binderChapter(id: BinderChapterId): BinderChapter {
  return binderChapters.find((c) => c.id === id)!;
}
