import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {HealthPage as Page, HealthReport} from '@site/src/checks/health';
import type {HealthPageProps} from '@site/plugins/doc-checks';
import {routes} from '@site/src/routes/table';
import {countOf, inDays, reviewSummary} from '@site/src/text/count';
import HealthChart from './HealthChart';
import styles from './styles.module.css';

function PageTable({caption, pages, overdue}: {caption: string; pages: Page[]; overdue: boolean}): React.ReactElement {
  return (
    <div className="ax-table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Page</th>
            <th scope="col">Kind</th>
            <th scope="col">Last reviewed</th>
            <th scope="col">{overdue ? 'Overdue by' : 'Due'}</th>
          </tr>
        </thead>
        <tbody>
          {pages.map((p) => (
            <tr key={p.file}>
              <th scope="row">{p.route ? <Link to={p.route}>{p.title}</Link> : p.title}{p.drifted ? ' (drifted)' : ''}</th>
              <td>{p.kind}</td>
              <td>{p.lastReviewed}</td>
              <td>{overdue ? `${countOf(p.daysOverdue, 'day')} (due ${p.dueDate})` : `${p.dueDate}, ${inDays(-p.daysOverdue)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/health`: stale and due pages per owner team, from the build's own check run. */
export default function DocHealthPage({report, reportUrl}: {report: HealthReport} & HealthPageProps): React.ReactElement {
  const {totals} = report;
  return (
    <Layout title="Doc health" description="Stale and due-for-review pages of ax docs, per owner team, as of the build date.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Doc health</Heading>
        <p>
          As of the build date, {report.date}: {countOf(totals.pages, 'page')}, <strong>{totals.stale} stale</strong>, {totals.dueSoon} due for review
          soon, {totals.drifted} drifted from the code they cover. Owners review a page by checking it and setting <code>last_reviewed</code>; see
          the <Link to={`${routes.doc('contributing')}#review-a-page`}>review guide</Link>. The same data is published as{' '}
          <a href={reportUrl}>report.json</a>.
        </p>
        <figure className={styles.figure}>
          <HealthChart teams={report.teams} />
          <figcaption>Pages per owner team. The table below gives the same numbers.</figcaption>
        </figure>
        <div className="ax-table-wrap">
          <table>
            <caption>Review status per owner team</caption>
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Pages</th>
                <th scope="col">Stale</th>
                <th scope="col">Due soon</th>
                <th scope="col">Drifted</th>
              </tr>
            </thead>
            <tbody>
              {report.teams.map((t) => (
                <tr key={t.id}>
                  <th scope="row">
                    <Link to={`${routes.doc('reference/ownership')}#team-${t.id}`}>{t.name}</Link>
                  </th>
                  <td>{t.pages}</td>
                  <td>{t.stale.length}</td>
                  <td>{t.dueSoon.length}</td>
                  <td>{t.drifted.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {report.teams.map((t) => (
          <section key={t.id} aria-labelledby={`health-${t.id}`}>
            <Heading as="h2" id={`health-${t.id}`}>
              {t.name}
            </Heading>
            {!t.stale.length && !t.dueSoon.length ? (
              <p>{reviewSummary(t.pages)}</p>
            ) : (
              <>
                {t.stale.length > 0 && <PageTable caption={`${t.name}: stale pages, oldest first`} pages={t.stale} overdue />}
                {t.dueSoon.length > 0 && <PageTable caption={`${t.name}: due for review soon`} pages={t.dueSoon} overdue={false} />}
              </>
            )}
          </section>
        ))}
      </main>
    </Layout>
  );
}
