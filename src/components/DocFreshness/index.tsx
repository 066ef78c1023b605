import React from 'react';
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import {freshness, type Freshness} from '../../checks/freshness';
import {contentKinds, type ContentKind} from '../../content-model/kinds';
import {routes} from '../../routes/table';
import type {DocChecksGlobalData} from '../../../plugins/doc-checks';
import styles from './styles.module.css';

/** The review fields of a page's front matter, as Docusaurus hands them to the theme. */
export interface ReviewFrontMatter {
  owner?: unknown;
  kind?: unknown;
  last_reviewed?: unknown;
  review_interval?: unknown;
}

export interface PageFreshness extends Freshness {
  owner: string;
  teamName: string;
  buildDate: string;
}

/** YAML reads an unquoted date as a Date; Docusaurus serialises it as an ISO timestamp. */
function isoDay(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** The page's review clock on the build date, or undefined for a page without review fields. */
export function usePageFreshness(docFrontMatter: object): PageFreshness | undefined {
  const frontMatter = docFrontMatter as ReviewFrontMatter;
  const {buildDate, teamNames} = usePluginData('ax-doc-checks') as DocChecksGlobalData;
  const reviewed = isoDay(frontMatter.last_reviewed);
  const kind = frontMatter.kind as ContentKind;
  const owner = typeof frontMatter.owner === 'string' ? frontMatter.owner : undefined;
  if (!reviewed || !owner || !contentKinds.includes(kind)) return undefined;
  const interval = typeof frontMatter.review_interval === 'number' ? frontMatter.review_interval : undefined;
  return {...freshness(reviewed, kind, buildDate, interval), owner, teamName: teamNames[owner] ?? owner, buildDate};
}

const teamLink = (owner: string) => `${routes.doc('reference/ownership')}#team-${owner}`;

const ago = (days: number) => (days <= 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`);

/** "Owned by <team> · reviewed N days ago · next review <date>", under every doc. */
export function FreshnessLine({f}: {f: PageFreshness}): React.ReactElement {
  return (
    <p className={styles.line} data-testid="doc-freshness">
      Owned by <Link to={teamLink(f.owner)}>{f.teamName}</Link> · reviewed {ago(f.ageDays)} · next review{' '}
      {f.dueDate}
      {f.status === 'stale' ? ' (overdue)' : ''} <span className={styles.asOf}>(as of the build date, {f.buildDate})</span>
    </p>
  );
}

/** The notice at the top of an overdue page: a labelled region with text, not a colour cue. */
export function OverdueNotice({f}: {f: PageFreshness}): React.ReactElement {
  return (
    <aside className={styles.notice} aria-label="Review notice" data-testid="overdue-notice">
      <p>
        <strong>Overdue for review.</strong> This page was last reviewed {ago(f.ageDays)}; its review was due on {f.dueDate}, {-f.daysUntilDue} day(s)
        ago (as of the build date, {f.buildDate}). Parts of it may be out of date. The owner is{' '}
        <Link to={teamLink(f.owner)}>{f.teamName}</Link>.
      </p>
    </aside>
  );
}
