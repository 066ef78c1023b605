import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import AnalyticsPluginPicker from '@theme/AnalyticsPluginPicker';
import type {PageData} from '@site/plugins/analytics/page-data';
import {routes} from '@site/src/routes/table';
import {useLiveStatus} from '../../client/live-store';
import {captionLine} from '../../client/caption';
import styles from './styles.module.css';

/** The alerts banner: firing alerts first thing on the page, announced politely, never by colour alone. */
function AlertsBanner({banner}: {banner: PageData['page']['banner']}): React.ReactElement {
  const firing = banner.firing.length > 0;
  return (
    <div role="status" className={firing ? styles.banner : `${styles.banner} ${styles.bannerQuiet}`} data-testid="analytics-alerts-banner">
      <p>
        <strong>{firing ? 'Alert: ' : 'No alert: '}</strong>
        {banner.message}
      </p>
      {firing && (
        <ul>
          {banner.firing.map((f) => (
            <li key={f.scope}>{f.scope === 'overall' ? f.text : <Link to={routes.analyticsPlugin(f.scope)}>{f.text}</Link>}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** `/analytics` and `/analytics/plugins/<id>`: the widgets of one scope, from the build's snapshot or, in live mode, the live one. */
export default function AnalyticsPage({data}: {data: PageData}): React.ReactElement {
  const status = useLiveStatus(data.live);
  const page = status.kind === 'live' ? status.result.page(data.page.scope) : data.page;
  const overview = page.scope === 'overall';
  const {caption} = page;
  return (
    <Layout title={page.title} description={page.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{overview ? 'Marketplace analytics' : `Plugin analytics: ${page.scope}`}</Heading>
        <p className={styles.intro}>
          {overview
            ? 'Adoption of the marketplace’s plugins, from listing views to retained installs. '
            : `Adoption of the ${page.scope} plugin: its funnel, weekly installs, retention cohorts and installs alert. `}
          {caption.synthetic
            ? `The data is synthetic: generated events (${caption.source}), not real marketplace usage, so the site can show and test its metrics honestly. `
            : ''}
          The figures are computed at build time; "as of" is the newest event’s time, not the build’s. How each metric is defined:{' '}
          <Link to={routes.doc('guides/marketplace-analytics')}>the marketplace analytics guide</Link>.
        </p>
        <p data-testid="analytics-page-status">{captionLine(caption, status)}</p>
        {overview ? <AlertsBanner banner={page.banner} /> : (
          <p role="status" className={styles.banner} data-testid="analytics-alert-state">
            {page.alertState}
          </p>
        )}
        {data.page.widgets.map((view) => (
          <React.Fragment key={view.key}>
            <AnalyticsWidget view={view} live={data.live} />
            {/* Next to all installs: one plugin's, switched in the widget without leaving the page. */}
            {view.spec.widget === 'installs' && data.pluginInstalls ? <AnalyticsPluginPicker series={data.pluginInstalls} live={data.live} /> : null}
          </React.Fragment>
        ))}
        <Heading as="h2" id="exports">
          Exports and schemas
        </Heading>
        <p>
          Every widget offers its own rows as CSV and JSON. The full datasets, with ratios unrounded:
        </p>
        <ul>
          {data.links.exports.map((e) => (
            <li key={e.href}>
              <a href={e.href}>{e.title}</a>
            </li>
          ))}
        </ul>
        <p>
          Schemas: <a href={data.links.eventsSchema}>telemetry event (JSON Schema)</a> · <a href={data.links.snapshotSchema}>metrics snapshot (JSON Schema)</a>.
        </p>
        {overview ? (
          <>
            <Heading as="h2" id="plugins">
              Plugin pages
            </Heading>
            <ul className={styles.pluginList}>
              {data.pluginIds.map((id) => (
                  <li key={id}>
                    <Link to={routes.analyticsPlugin(id)}>{id}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            <Link to={data.links.overview}>Back to marketplace analytics</Link>
          </p>
        )}
      </main>
    </Layout>
  );
}
