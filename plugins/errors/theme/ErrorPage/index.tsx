import React, {useEffect} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import CodeBlock from '@theme/CodeBlock';
import Admonition from '@theme/Admonition';
import RunbooksForError from '@theme/RunbooksForError';
import type {Fix} from '@site/src/error-catalog/entry';
import {describeRange, satisfies} from '@site/src/model/versions';
import type {ErrorPageData} from '@site/src/error-catalog/view-model';
import {generatedFiles, routes} from '@site/src/routes/table';
import InlineText from '../ErrorsInlineText';
import CorrelationPanel from './CorrelationPanel';
import {useReaderContext} from './useReaderContext';
import styles from '../errors.module.css';

function VersionNote({fix, version}: {fix: Fix; version?: string}): React.ReactElement | null {
  if (!fix.versions) return null;
  const applies = version ? satisfies(version, fix.versions) : undefined;
  return (
    <span className={`${styles.versionNote} ${applies === false ? styles.notForYou : ''}`} data-applies={applies === undefined ? 'unknown' : String(applies)}>
      <strong>Only for {describeRange(fix.versions)}.</strong>
      {applies === true ? ` Applies to your version (${version}).` : applies === false ? ` Does not apply to your version (${version}); skip this step.` : null}
    </span>
  );
}

/** One error's page: what happened, the likely causes, the fixes and where to read more. */
export default function ErrorPage({page}: {page: ErrorPageData}): React.ReactElement {
  const {entry: e, status, titles, areaLabel} = page;
  const reader = useReaderContext();
  const {siteConfig} = useDocusaurusContext();
  const location = useLocation();
  const history = useHistory();
  const canonicalPath = routes.error(e.id);
  // The router matches paths in any case, so `/errors/Ax1042` renders this page: show the canonical URL.
  useEffect(() => {
    if (location.pathname !== canonicalPath) history.replace({pathname: canonicalPath, search: location.search, hash: location.hash});
  }, [location.pathname, location.search, location.hash, canonicalPath, history]);
  const exact = [e.id, ...e.aliases].join(',');
  return (
    <Layout title={`${e.id}: ${e.title}`} description={`${e.id} (${areaLabel}, ${e.severity}): ${e.title}. Likely causes and the steps that fix it.`}>
      <Head>
        <meta name="ax:exact" content={exact} />
        <meta name="ax:error-status" content={status} />
      </Head>
      <main className="container margin-vert--lg">
        <article className={styles.article}>
          <nav aria-label="Breadcrumb">
            <Link to={routes.error()}>Error catalog</Link> / {areaLabel}
          </nav>
          <Heading as="h1">
            {e.id}: {e.title}
          </Heading>
          <ul className="ax-facts" aria-label="About this error">
            <li>
              <strong>Area:</strong> {areaLabel}
            </li>
            <li>
              <strong>Severity:</strong> {e.severity}
            </li>
            <li>
              <strong>Status:</strong> {status}
            </li>
            <li>
              <strong>Since:</strong> v{e.introducedIn}
            </li>
            {page.rank ? (
              <li>
                <strong>Frequency:</strong> #{page.rank} most seen in production, last 30 days
              </li>
            ) : null}
          </ul>
          <RunbooksForError id={e.id} />
          {e.retiredIn ? (
            <Admonition type="warning" title="Retired error">
              <p>
                No longer emitted since v{e.retiredIn}; see{' '}
                {e.replacedBy ? (
                  <Link to={routes.error(e.replacedBy)}>
                    {e.replacedBy}: {titles[e.replacedBy]}
                  </Link>
                ) : (
                  'the note below'
                )}
                .{e.retiredNote ? ` ${e.retiredNote}` : ''} This page stays so that links printed by older versions keep working.
              </p>
            </Admonition>
          ) : null}
          <CorrelationPanel context={reader} />
          <section aria-labelledby="what-happened">
            <Heading as="h2" id="what-happened">
              What happened
            </Heading>
            <p>ax printed this message; the values in braces come from your request:</p>
            <CodeBlock language="text">{`${e.message}\n${e.id}: ${siteConfig.url}${canonicalPath}`}</CodeBlock>
          </section>
          <section aria-labelledby="causes">
            <Heading as="h2" id="causes">
              Likely causes
            </Heading>
            <p>Most likely first.</p>
            <ol>
              {e.causes.map((c) => (
                <li key={c}>
                  <InlineText text={c} />
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="fixes">
            <Heading as="h2" id="fixes">
              How to fix it
            </Heading>
            <ol className={styles.fixes}>
              {e.fixes.map((f) => (
                <li key={f.step}>
                  <InlineText text={f.step} />
                  <VersionNote fix={f} version={reader.version} />
                  {f.command ? <CodeBlock language="bash">{f.command}</CodeBlock> : null}
                </li>
              ))}
            </ol>
          </section>
          {e.related.length ? (
            <section aria-labelledby="related">
              <Heading as="h2" id="related">
                Related
              </Heading>
              <ul>
                {e.related.map((r) =>
                  'error' in r ? (
                    <li key={r.error}>
                      <Link to={routes.error(r.error)}>
                        {r.error}: {titles[r.error]}
                      </Link>
                    </li>
                  ) : (
                    <li key={r.doc}>
                      <Link to={r.doc}>{r.label}</Link>
                    </li>
                  ),
                )}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="more">
            <Heading as="h2" id="more">
              More about this ID
            </Heading>
            {e.aliases.length ? (
              <p>
                Also reported as {e.aliases.map((a, i) => (
                  <React.Fragment key={a}>
                    {i ? ', ' : ''}
                    <code>{a}</code>
                  </React.Fragment>
                ))}
                .
              </p>
            ) : null}
            <p>
              Read it in a terminal, offline: <code>ax explain {e.id}</code> (CLI 2.1 and later). The same entry is in the machine-readable <Link to={`pathname://${generatedFiles.catalogJson}`}>error catalog (JSON)</Link>.
            </p>
          </section>
        </article>
      </main>
    </Layout>
  );
}
