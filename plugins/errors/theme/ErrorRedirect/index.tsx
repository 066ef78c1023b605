import React, {useEffect} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

/**
 * A lower-case ID or an alias: a tiny page that forwards to the canonical error page, keeping
 * `?cid=…&v=…`, so every link an old or new CLI printed keeps working on a static host.
 */
export default function ErrorRedirect({from, to, id}: {from: string; to: string; id: string}): React.ReactElement {
  const target = useBaseUrl(to);
  const {siteConfig} = useDocusaurusContext();
  useEffect(() => {
    window.location.replace(`${target}${window.location.search}${window.location.hash}`);
  }, [target]);
  return (
    <Layout title={`${id} (from ${from})`} noFooter>
      <Head>
        <meta name="robots" content="noindex" />
        {/* Runs while the page is still parsing, before the app loads, and keeps ?cid=…&v=…; a meta refresh would drop them. */}
        <script>{`location.replace(${JSON.stringify(target)} + location.search + location.hash);`}</script>
        <link rel="canonical" href={`${siteConfig.url}${target}`} />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">Error {id}</Heading>
        <p>
          <code>{from}</code> is another name for <Link to={to}>{id}</Link>. Opening its page.
        </p>
      </main>
    </Layout>
  );
}
