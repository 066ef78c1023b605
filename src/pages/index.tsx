import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ErrorIdJump from '@site/src/components/ErrorIdJump';
import ArchitectureMap from '@theme/ArchitectureMap';
import {routes} from '@site/src/routes/table';
import styles from './index.module.css';

/** The home page: one door for each of the site's four readers. */
export default function Home(): React.ReactElement {
  return (
    <Layout title="Home" description="Documentation and knowledge base of the ax v2 plugin platform">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">ax docs</Heading>
          <p>Build, run and ship plugins on the ax v2 platform: the CLI, the plugin runtime, the marketplace and its telemetry.</p>
          <ErrorIdJump />
        </div>
      </header>
      <main className="container">
        <div className={styles.grid}>
          <section className={styles.card} aria-labelledby="home-new">
            <Heading as="h2" id="home-new">New to ax?</Heading>
            <p>Read the architecture map, then follow the path from your first plugin to your first on-call shift.</p>
            <Link className="button button--primary" to={routes.doc('start-here')}>Start here</Link>
          </section>
          <section className={styles.card} aria-labelledby="home-ops">
            <Heading as="h2" id="home-ops">On call?</Heading>
            <p>Every alert and error ID has a runbook with diagnosis commands, mitigation and comms templates.</p>
            <Link className="button button--secondary" to={routes.runbook()}>Open the runbooks</Link>
          </section>
          <section className={styles.card} aria-labelledby="home-handoff">
            <Heading as="h2" id="home-handoff">Reviewing the handoff?</Heading>
            <p>The binder collects the architecture, KPIs, support model and readiness checklist for sign-off.</p>
            <Link className="button button--secondary" to={routes.doc('handoff')}>Open the handoff binder</Link>
          </section>
          <section className={styles.card} aria-labelledby="home-contrib">
            <Heading as="h2" id="home-contrib">Contributing?</Heading>
            <p>How to add a page, pick an owner, review a page and run the checks CI runs.</p>
            <Link className="button button--secondary" to={routes.doc('contributing')}>Read the contributing guide</Link>
          </section>
        </div>
        <section aria-labelledby="home-map">
          <Heading as="h2" id="home-map">The platform at a glance</Heading>
          <ArchitectureMap />
        </section>
      </main>
    </Layout>
  );
}
