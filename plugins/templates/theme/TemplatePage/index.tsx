import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import AnalyticsTemplates from '@theme/AnalyticsTemplates';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import DataTable from '@site/src/components/DataTable';
import {routes} from '@site/src/routes/table';
import type {TemplatePageView} from '@site/src/template-model/views';
import InlineCode from '../InlineCode';
import ReviewLine from '../ReviewLine';
import styles from '../templates.module.css';

const fileAnchor = (file: string) => `file-${file.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

const statusLabel = {supported: 'Works', deprecated: 'Works, uses deprecated APIs', removed: 'Uses removed APIs', unavailable: 'Does not work'} as const;

/** How often each archetype is chosen, from the analytics plugin's snapshot, so this template reads against the others. */
function TemplateUsage({archetype}: {archetype: string}): React.ReactElement {
  return (
    <section aria-labelledby="usage">
      <Heading as="h2" id="usage">
        Usage
      </Heading>
      <p>
        How often developers start a plugin from each template, <InlineCode text={archetype} /> among them, and how many published plugins
        started from one. Template usage is one of the platform&rsquo;s success measures.
      </p>
      <AnalyticsTemplates />
    </section>
  );
}

function Table({caption, head, rows}: {caption: string; head: string[]; rows: React.ReactNode[][]}): React.ReactElement {
  return <DataTable caption={caption} captionHidden head={head} rows={rows} />;
}

/** One template's page: what it starts, its files, flags, commands, lint rules and the runtimes it is checked against. */
export default function TemplatePage({view}: {view: TemplatePageView}): React.ReactElement {
  const t = view.summary;
  const zipHref = useBaseUrl(view.sample?.href ?? '');
  return (
    <Layout title={`${t.name} template`} description={`The ${t.archetype} plugin template: ${t.summary}`}>
      <main className="container margin-vert--lg">
        <article>
          <nav aria-label="Breadcrumb">
            <Link to={routes.template()}>Plugin templates</Link>
          </nav>
          <Heading as="h1">{t.name} template</Heading>
          <p>{t.summary}</p>
          <ul className="ax-facts">
            <li>
              Template: <code>{t.archetype}</code>
            </li>
            <li>Owner: {t.ownerName}</li>
            <li>Runtimes: {t.runtimes.join(', ')}</li>
          </ul>
          <ReviewLine review={view} />

          <Heading as="h2" id="use-it-for">
            Use it for
          </Heading>
          <ul>
            {t.useCases.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
          <p>The scaffold includes: {t.includes.join('; ')}.</p>

          {view.sample ? (
            <section className={styles.sample} aria-labelledby="sample-workspace">
              <Heading as="h2" id="sample-workspace">
                Sample workspace
              </Heading>
              <p>
                <a href={zipHref} download>
                  Download {t.archetype}.zip
                </a>
                : the files <code>ax plugin init</code> writes with the template&apos;s defaults, its first datastore (<code>{view.sample.choice.datastore}</code>) and
                its newest released runtime (<code>{view.sample.choice.runtime}</code>):
              </p>
              <CodeBlock language="bash">{view.sample.command}</CodeBlock>
            </section>
          ) : null}

          <Heading as="h2" id="files">
            Files
          </Heading>
          <ul className={styles.tree} aria-label={`Files of the ${t.archetype} template`}>
            {view.tree.map((n, i) => (
              <li key={i} style={{paddingLeft: `${n.depth * 1.25}rem`}}>
                {n.shown ? <a href={`#${fileAnchor(n.shown)}`}>{n.name}</a> : n.name}
              </li>
            ))}
          </ul>
          {view.shownFiles.map((f) => (
            <div key={f.path} id={fileAnchor(f.path)}>
              <CodeBlock language={f.language} title={f.path} showLineNumbers>
                {f.code}
              </CodeBlock>
            </div>
          ))}

          <Heading as="h2" id="flags">
            Flags
          </Heading>
          <Table
            caption={`Flags of ax plugin init for the ${t.archetype} template`}
            head={['Flag', 'Values for this template', 'Default']}
            rows={view.flags.map((f) => [<code key="f">{f.flag}</code>, f.values.map((v) => v).join(', '), f.default])}
          />

          <Heading as="h2" id="commands">
            Commands
          </Heading>
          <p>Every valid combination of datastore and runtime, as the command that scaffolds it:</p>
          <Table
            caption={`ax plugin init commands for the ${t.archetype} template`}
            head={['Datastore', 'Runtime', 'Command']}
            rows={view.commands.map((c) => [c.datastore, c.runtime, <code key="c">{c.command}</code>])}
          />

          <Heading as="h2" id="lint-rules">
            Lint rules
          </Heading>
          <p>
            The scaffold&apos;s <code>ax-lint.json</code> turns these on, and the template&apos;s own files pass them:
          </p>
          <Table
            caption={`Lint rules of the ${t.archetype} template`}
            head={['Rule', 'Enforces', 'Why']}
            rows={view.lintRules.map((r) => [<code key="id">{r.id}</code>, <InlineCode key="w" text={r.what} />, <InlineCode key="y" text={r.why} />])}
          />

          <Heading as="h2" id="runtimes">
            Runtimes checked against
          </Heading>
          <p>
            The build compiles the template against the runtime API of each release. A release the template supports must show &ldquo;Works&rdquo;, or the build
            fails; the others show where it would work. See the <Link to={routes.migration('compatibility')}>compatibility matrix</Link> for every template.
          </p>
          <Table
            caption={`Runtime releases the ${t.archetype} template is checked against`}
            head={['Runtime', 'Supported by the template', 'Result']}
            rows={view.runtimes.map((r) => [`${r.runtime}${r.planned ? ' (planned)' : ''}`, r.claimed ? 'Yes' : 'No', statusLabel[r.status]])}
          />

          <TemplateUsage archetype={t.archetype} />
        </article>
      </main>
    </Layout>
  );
}
