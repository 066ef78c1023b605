import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {FreshnessLine, OverdueNotice, usePageFreshness} from '@site/src/components/DocFreshness';
import type {BinderPageProps} from '@site/src/binder/views/types';
import {Architecture, MaintenanceSecurity, Operations, SupportModel, Training} from '../OpsChapters';
import {Evidence, ExecutiveSummary, KpiScorecard, Readiness, Signoffs} from '../StatusChapters';
import styles from '../binder.module.css';

/** The chapter's body, from its own view model. */
function ChapterBody({page}: {page: BinderPageProps}): React.ReactElement {
  switch (page.chapter.id) {
    case 'executive-summary':
      return <ExecutiveSummary frame={page.frame} view={page.view as Extract<BinderPageProps, {chapter: {id: 'executive-summary'}}>['view']} />;
    case 'architecture':
      return <Architecture />;
    case 'kpi-scorecard':
      return <KpiScorecard view={page.view as Extract<BinderPageProps, {chapter: {id: 'kpi-scorecard'}}>['view']} />;
    case 'support-model':
      return <SupportModel view={page.view as Extract<BinderPageProps, {chapter: {id: 'support-model'}}>['view']} />;
    case 'operations':
      return <Operations view={page.view as Extract<BinderPageProps, {chapter: {id: 'operations'}}>['view']} />;
    case 'training':
      return <Training view={page.view as Extract<BinderPageProps, {chapter: {id: 'training'}}>['view']} />;
    case 'maintenance-security':
      return <MaintenanceSecurity view={page.view as Extract<BinderPageProps, {chapter: {id: 'maintenance-security'}}>['view']} />;
    case 'readiness':
      return <Readiness view={page.view as Extract<BinderPageProps, {chapter: {id: 'readiness'}}>['view']} />;
    case 'sign-offs':
      return <Signoffs view={page.view as Extract<BinderPageProps, {chapter: {id: 'sign-offs'}}>['view']} />;
    case 'evidence':
      return <Evidence frame={page.frame} view={page.view as Extract<BinderPageProps, {chapter: {id: 'evidence'}}>['view']} />;
  }
}

/** Previous and next chapter, and the whole list: the binder reads in order. Not printed: the PDF has its own contents. */
function ChapterNav({page}: {page: BinderPageProps}): React.ReactElement {
  const {chapters} = page.frame;
  const i = chapters.findIndex((c) => c.id === page.chapter.id);
  const prev = chapters[i - 1];
  const next = chapters[i + 1];
  return (
    <nav aria-label="Binder chapters" className={styles.chapterNav}>
      <ol>
        {chapters.map((c) => (
          <li key={c.id}>
            {c.id === page.chapter.id ? (
              <span aria-current="page">{c.title}</span>
            ) : (
              <Link to={c.route}>{c.title}</Link>
            )}
          </li>
        ))}
      </ol>
      <p>
        {prev ? <Link to={prev.route}>Previous: {prev.title}</Link> : <Link to={page.frame.frontPage}>Previous: Handoff binder</Link>}
        {next ? (
          <>
            {' · '}
            <Link to={next.route}>Next: {next.title}</Link>
          </>
        ) : null}
      </p>
    </nav>
  );
}

/** One chapter of the handoff binder, rendered from its view model; the PDF prints this page. */
export default function BinderChapterPage({page}: {page: BinderPageProps}): React.ReactElement {
  const {frame, chapter} = page;
  const pdf = useBaseUrl(frame.downloads.pdf);
  const f = usePageFreshness({owner: chapter.owner, kind: 'binder', last_reviewed: chapter.reviewed});
  return (
    <Layout title={`${chapter.title} · Handoff binder`} description={chapter.purpose}>
      <main className={clsx('container margin-vert--lg', styles.binder)} data-binder-chapter={chapter.id}>
        <article>
          <nav aria-label="Breadcrumb" className={styles.noPrint}>
            <Link to={frame.frontPage}>Handoff binder</Link>
          </nav>
          {f?.status === 'stale' ? <OverdueNotice f={f} /> : null}
          <Heading as="h1">{chapter.title}</Heading>
          <p className={styles.purpose}>{chapter.purpose}</p>
          {f ? <FreshnessLine f={f} /> : null}
          <p className={styles.note}>{frame.dataNote}</p>
          <p className={styles.download}>
            <a href={pdf} download>
              Download the whole binder as a PDF
            </a>
          </p>
          <ChapterBody page={page} />
          <ChapterNav page={page} />
        </article>
      </main>
    </Layout>
  );
}
