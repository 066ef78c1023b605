import React, {useId, useMemo, useState} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {ErrorIndexData, ErrorSummary} from '@site/src/error-catalog/view-model';
import {generatedFiles, routes} from '@site/src/routes/table';
import styles from '../errors.module.css';
import {useHydrated} from '@site/src/components/useHydrated';

function ErrorTable({rows, caption, showRank}: {rows: ErrorSummary[]; caption: string; showRank?: boolean}): React.ReactElement {
  return (
    <div className="ax-table-wrap">
      <table className={styles.table}>
        <caption className="ax-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {showRank ? <th scope="col">Rank</th> : null}
            <th scope="col">ID</th>
            <th scope="col">Title</th>
            <th scope="col">Area</th>
            <th scope="col">Severity</th>
            <th scope="col">Status</th>
            {showRank ? <th scope="col">Occurrences</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              {showRank ? <td>{e.rank}</td> : null}
              <td>
                <Link to={routes.error(e.id)}>{e.id}</Link>
              </td>
              <td>{e.title}</td>
              <td>{e.areaLabel}</td>
              <td>{e.severity}</td>
              <td>{e.status === 'retired' ? `retired in v${e.retiredIn}, see ${e.replacedBy ?? 'note'}` : 'active'}</td>
              {showRank ? <td>{e.occurrences?.toLocaleString('en')}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/errors`: the most frequent errors first, then every error, filterable by area, severity and status. */
export default function ErrorIndex({errors, topIds, window, areas, severities}: ErrorIndexData): React.ReactElement {
  const [area, setArea] = useState('all');
  // Inert until hydrated: a change before then would not reach React (issue 19, item 3).
  const hydrated = useHydrated();
  const [severity, setSeverity] = useState('all');
  const [status, setStatus] = useState('all');
  const ids = {area: useId(), severity: useId(), status: useId()};
  const byId = new Map(errors.map((e) => [e.id, e]));
  const top = topIds.map((id) => byId.get(id)!).filter(Boolean);
  const shown = useMemo(
    () => errors.filter((e) => (area === 'all' || e.area === area) && (severity === 'all' || e.severity === severity) && (status === 'all' || e.status === status)),
    [errors, area, severity, status],
  );
  return (
    <Layout title="Error catalog" description="Every error ID the ax CLI, runtime and marketplace print, with likely causes and fixes.">
      <Head>
        <meta name="ax:exact" content="error catalog" />
      </Head>
      <main className={`container margin-vert--lg ${styles.article}`}>
        <Heading as="h1">Error catalog</Heading>
        <p>
          Every ax error message ends with a link to its page here. An error ID is <code>AX</code> and four digits; the first two digits name the area. IDs are never reused, and retired IDs keep their page. Read <Link to={routes.doc('reference/error-catalog')}>how the catalog works</Link>, or get it as <Link to={`pathname://${generatedFiles.catalogJson}`}>JSON</Link>.
        </p>
        <section aria-labelledby="most-frequent">
          <Heading as="h2" id="most-frequent">
            Most frequent errors
          </Heading>
          <p>
            The {top.length} errors seen most often in production from {window.from} to {window.to} ({window.days} days), from the telemetry error-frequency export.
          </p>
          <ErrorTable rows={top.map((e) => e)} caption="Most frequent errors" showRank />
        </section>
        <section aria-labelledby="all-errors">
          <Heading as="h2" id="all-errors">
            All errors
          </Heading>
          <div className={styles.filters} role="group" aria-label="Filter errors">
            <label htmlFor={ids.area}>
              Area
              <select disabled={!hydrated} id={ids.area} value={area} onChange={(ev) => setArea(ev.target.value)}>
                <option value="all">All areas</option>
                {areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label} (AX{a.from}–AX{a.to})
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={ids.severity}>
              Severity
              <select disabled={!hydrated} id={ids.severity} value={severity} onChange={(ev) => setSeverity(ev.target.value)}>
                <option value="all">All severities</option>
                {severities.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={ids.status}>
              Status
              <select disabled={!hydrated} id={ids.status} value={status} onChange={(ev) => setStatus(ev.target.value)}>
                <option value="all">Active and retired</option>
                <option value="active">Active</option>
                <option value="retired">Retired</option>
              </select>
            </label>
          </div>
          <p role="status" data-testid="error-count">
            Showing {shown.length} of {errors.length} errors.
          </p>
          <ErrorTable rows={shown} caption="All errors, filtered" />
        </section>
      </main>
    </Layout>
  );
}
