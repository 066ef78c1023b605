import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {routes} from '@site/src/routes/table';
import type {TemplateIndexView, TemplateSummary} from '@site/src/template-model/views';
import InlineCode from '../InlineCode';
import ReviewLine from '../ReviewLine';
import styles from '../templates.module.css';

const list = (items: readonly string[]) => (
  <ul>
    {items.map((i) => (
      <li key={i}>
        <InlineCode text={i} />
      </li>
    ))}
  </ul>
);

function ZipLink({t}: {t: TemplateSummary}): React.ReactElement {
  const href = useBaseUrl(t.zipHref ?? '');
  return t.zipHref ? (
    <a href={href} download>
      {t.archetype}.zip
    </a>
  ) : (
    <>None yet</>
  );
}

/** The comparison of every template of the registry, side by side: one column per template. */
export default function TemplateIndexPage({view}: {view: TemplateIndexView}): React.ReactElement {
  const rows: [string, (t: TemplateSummary) => React.ReactNode][] = [
    ['Starts', (t) => t.summary],
    ['Use it for', (t) => list(t.useCases)],
    ['Includes', (t) => list(t.includes)],
    ['--datastore', (t) => t.datastores.join(', ')],
    ['--runtime', (t) => t.runtimes.join(', ')],
    ['Lint rules', (t) => `${t.lintRules.length} rules`],
    ['Owner', (t) => t.ownerName],
    ['Sample workspace', (t) => <ZipLink t={t} />],
  ];
  return (
    <Layout title="Plugin templates" description="The reference templates behind ax plugin init, compared side by side.">
      <main className="container margin-vert--lg">
        <article>
          <Heading as="h1">Plugin templates</Heading>
          <p>
            <code>ax plugin init</code> scaffolds a new plugin from one of the {view.templates.length} reference templates below. Each ships with tests, its own lint
            rules and a manifest checked against the runtime API of every release it supports, so a new plugin starts out passing <code>ax plugin validate</code>.
            See the <Link to={routes.cli('plugin-init')}>ax plugin init reference</Link> for every flag.
          </p>
          <ReviewLine review={view} />
          <section aria-labelledby="compare">
            <Heading as="h2" id="compare">
              Compare the templates
            </Heading>
            <div className="ax-table-wrap" tabIndex={0} role="region" aria-label="Template comparison, scrolls sideways">
              <table className={styles.comparison}>
                <caption className="ax-visually-hidden">The plugin templates side by side</caption>
                <thead>
                  <tr>
                    <td />
                    {view.templates.map((t) => (
                      <th scope="col" key={t.archetype}>
                        <Link to={t.href}>{t.name}</Link>
                        <br />
                        <code>--template {t.archetype}</code>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map(([label, cell]) => (
                    <tr key={label}>
                      <th scope="row">{label.startsWith('--') ? <code>{label}</code> : label}</th>
                      {view.templates.map((t) => (
                        <td key={t.archetype}>{cell(t)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="how-this-page-is-made">
            <Heading as="h2" id="how-this-page-is-made">
              How these pages are made
            </Heading>
            <p>
              Nothing here is typed by hand. Every fact comes from the template registry, <code>templates/registry.ts</code>, and each template&apos;s files in{' '}
              <code>templates/&lt;archetype&gt;/</code>. The build compiles each template against the runtime API of every release it claims and fails when it uses
              an API or manifest field that release lacks, deprecates or removed; the <Link to={routes.migration('compatibility')}>compatibility matrix</Link> shows
              where each template works.
            </p>
          </section>
        </article>
      </main>
    </Layout>
  );
}
