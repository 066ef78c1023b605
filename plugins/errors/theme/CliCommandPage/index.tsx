import React from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import CodeBlock from '@theme/CodeBlock';
import type {CliPageData, FlagRow} from '@site/src/error-catalog/cli-pages';
import {routes} from '@site/src/routes/table';
import TableScroll from '@site/src/components/TableScroll';
import InlineText from '../ErrorsInlineText';
import styles from '../errors.module.css';

function FlagTable({flags, caption}: {flags: readonly FlagRow[]; caption: string}): React.ReactElement {
  return (
    <TableScroll label={caption}>
      <table>
        <caption className="ax-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Flag</th>
            <th scope="col">Value</th>
            <th scope="col">Default</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {flags.map((f) => (
            <tr key={f.name}>
              <td>
                <code>--{f.name}</code>
                {f.short ? (
                  <>
                    , <code>-{f.short}</code>
                  </>
                ) : null}
                {f.required ? ' (required)' : ''}
              </td>
              <td>{f.value ? <code>{f.value}</code> : 'switch'}</td>
              <td>{f.default ?? '—'}</td>
              <td>
                <InlineText text={f.description} />
                {f.repeatable ? ' May be repeated.' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The reference page of one `ax` command, generated from the typed CLI spec. */
export default function CliCommandPage({page}: {page: CliPageData}): React.ReactElement {
  const c = page.command;
  return (
    <Layout title={page.fullName} description={`${page.fullName}: ${c.summary}`}>
      <Head>
        <meta name="ax:exact" content={page.fullName} />
      </Head>
      <main className="container margin-vert--lg">
        <article className={styles.article}>
          <nav aria-label="Breadcrumb">
            <Link to={routes.cli()}>CLI reference</Link>
            {page.parent ? (
              <>
                {' / '}
                <Link to={routes.cli(page.parent.slug)}>{page.parent.fullName}</Link>
              </>
            ) : null}
          </nav>
          <Heading as="h1">{page.fullName}</Heading>
          <p>
            <InlineText text={c.summary} />
          </p>
          <CodeBlock language="text" title="Usage">
            {page.synopsis}
          </CodeBlock>
          <p>
            <InlineText text={c.description} />
          </p>
          <p>
            For: {c.audience === 'operator' ? 'operators (needs an operations role)' : 'every developer'}. Answered by the {c.component} component. Since CLI {c.introducedIn}.
          </p>
          {c.subcommands ? (
            <section aria-labelledby="subcommands">
              <Heading as="h2" id="subcommands">
                Subcommands
              </Heading>
              <ul>
                {c.subcommands.map((s) => (
                  <li key={s.name}>
                    <Link to={routes.cli(`${page.slug}-${s.name}`)}>
                      {page.fullName} {s.name}
                    </Link>
                    : <InlineText text={s.summary} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {c.args?.length ? (
            <section aria-labelledby="arguments">
              <Heading as="h2" id="arguments">
                Arguments
              </Heading>
              <ul>
                {c.args.map((a) => (
                  <li key={a.name}>
                    <code>&lt;{a.name}&gt;</code> ({a.required ? 'required' : 'optional'}
                    {a.variadic ? ', one or more' : ''}): <InlineText text={a.description} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {page.flags.length ? (
            <section aria-labelledby="flags">
              <Heading as="h2" id="flags">
                Flags
              </Heading>
              <FlagTable flags={page.flags} caption={`Flags of ${page.fullName}`} />
            </section>
          ) : null}
          {page.output ? (
            <section aria-labelledby="output">
              <Heading as="h2" id="output">
                Output with --format json
              </Heading>
              <p>What scripts and the training labs&apos; receipt checks read. Every field is always present.</p>
              <TableScroll label={`JSON output fields of ${page.fullName}`}>
                <table>
                  <caption className="ax-visually-hidden">{`JSON output fields of ${page.fullName}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Type</th>
                      <th scope="col">Description</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.output.fields.map((f) => (
                      <tr key={f.path}>
                        <td>
                          <code>{f.path}</code>
                        </td>
                        <td>{f.type}</td>
                        <td>{f.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <details>
                <summary>JSON Schema</summary>
                <CodeBlock language="json">{page.output.schema}</CodeBlock>
              </details>
            </section>
          ) : null}
          {c.examples?.length ? (
            <section aria-labelledby="examples">
              <Heading as="h2" id="examples">
                Examples
              </Heading>
              {c.examples.map((ex) => (
                <div key={ex.command}>
                  <p>
                    <InlineText text={ex.description} />
                  </p>
                  <CodeBlock language="bash">{ex.command}</CodeBlock>
                </div>
              ))}
            </section>
          ) : null}
          {page.errors.length ? (
            <section aria-labelledby="errors">
              <Heading as="h2" id="errors">
                Errors whose fixes use it
              </Heading>
              <ul>
                {page.errors.map((e) => (
                  <li key={e.id}>
                    <Link to={routes.error(e.id)}>
                      {e.id}: {e.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="global-flags">
            <Heading as="h2" id="global-flags">
              Global flags
            </Heading>
            <FlagTable flags={page.globalFlags} caption="Flags every command accepts" />
          </section>
        </article>
      </main>
    </Layout>
  );
}
