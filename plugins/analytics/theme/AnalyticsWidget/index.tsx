import React from 'react';
import Link from '@docusaurus/Link';
import AnalyticsChart from '@theme/AnalyticsChart';
import type {WidgetView} from '@site/src/analytics/views';
import {tableRecords} from '@site/src/analytics/views/widget';
import {toCsv} from '@site/src/analytics/csv';
import {routes} from '@site/src/routes/table';
import type {LiveConfig} from '@site/plugins/analytics/page-data';
import {useLiveStatus, type LiveStatus} from '../../client/live-store';
import {captionLine} from '../../client/caption';
import styles from './styles.module.css';

/** The widget's downloads: the build's files, or in live mode the live rows themselves, so a download matches what is shown. */
function downloadLinks(view: WidgetView, status: LiveStatus): {csv: string; json: string; suffix: string} {
  if (status.kind !== 'live') return {csv: routes.analyticsExport(view.downloads.csv), json: routes.analyticsExport(view.downloads.json), suffix: ''};
  const {header, rows, objects} = tableRecords(view.table);
  const json = JSON.stringify({source: status.result.snapshot.source, asOf: status.result.snapshot.asOf, widget: view.title, rows: objects}, null, 2);
  return {csv: `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(header, rows))}`, json: `data:application/json;charset=utf-8,${encodeURIComponent(json)}`, suffix: ' (live)'};
}

/**
 * One analytics widget: a figure whose caption names the source, says "Synthetic data" when it is
 * and gives the data's "as of"; the chart as SVG with a text alternative; the same rows as a table
 * in `<details>`; CSV and JSON downloads of exactly those rows. With live mode, every widget of the
 * page switches to the live snapshot at once, or keeps the build's and says why. `controls`, such
 * as the overview's plugin picker, sit under the caption, inside the widget they change.
 */
export default function AnalyticsWidget({view: built, live, controls}: {view: WidgetView; live: LiveConfig | null; controls?: React.ReactNode}): React.ReactElement {
  const status = useLiveStatus(live);
  const view = status.kind === 'live' ? status.result.widget(built.spec) : built;
  const links = downloadLinks(view, status);
  const file = (name: string) => name.split('/').pop()!.replace(/(\.\w+)$/, status.kind === 'live' ? '-live$1' : '$1');
  return (
    <figure className={styles.widget} data-analytics-widget={view.key} data-figures={status.kind === 'live' ? 'live' : 'snapshot'}>
      <figcaption className={styles.caption}>
        <span className={styles.title}>{view.title}</span>
        <span className={styles.facts} data-testid="analytics-caption">
          {captionLine(view.caption, status)}
        </span>
        {view.caption.note && <span className={styles.note}>{view.caption.note}</span>}
      </figcaption>
      {controls}
      {view.charts.map((chart, i) => (
        <AnalyticsChart key={i} chart={chart} desc={view.summary} />
      ))}
      <details className={styles.details}>
        <summary>Data table: {view.table.caption}</summary>
        <div className="ax-table-wrap" tabIndex={0} role="region" aria-label={`${view.table.caption}, scrolls sideways`}>
          <table>
            <caption>{view.table.caption}</caption>
            <thead>
              <tr>
                {view.table.columns.map((c) => (
                  <th scope="col" key={c.key}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.table.rows.map((row, i) => (
                <tr key={i} className={row.partial ? styles.partialRow : undefined}>
                  {row.cells.map((cell, j) =>
                    j === 0 ? (
                      <th scope="row" key={j}>
                        {row.href ? <Link to={row.href}>{cell.text}</Link> : cell.text}
                      </th>
                    ) : (
                      <td key={j}>{cell.text}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className={styles.downloads}>
        Download{links.suffix}:{' '}
        <a href={links.csv} download={file(view.downloads.csv)}>
          CSV<span className="ax-visually-hidden"> of {view.title}</span>
        </a>{' '}
        ·{' '}
        <a href={links.json} download={file(view.downloads.json)}>
          JSON<span className="ax-visually-hidden"> of {view.title}</span>
        </a>
      </p>
    </figure>
  );
}
