import React from 'react';
import path from 'node:path';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it, vi} from 'vitest';
import {readSnapshotFile} from '../load-snapshot';
import {validateOptions} from '../options';
import {buildWidget} from '../../../src/analytics/views';

vi.mock('@docusaurus/Link', () => ({default: ({to, children}: {to: string; children: React.ReactNode}) => <a href={to}>{children}</a>}));
vi.mock('@theme/AnalyticsChart', async () => import('../theme/AnalyticsChart'));

const {default: AnalyticsWidget} = await import('../theme/AnalyticsWidget');
const fixtures = path.join(__dirname, '__fixtures__');
const xss = '<img src=x onerror=window.__xss=1>';

describe('the analytics widget on the server', () => {
  it('renders a figure: caption with source, "Synthetic data" and "as of", SVG with a text alternative, table, downloads', async () => {
    const snapshot = await readSnapshotFile(path.join(fixtures, 'snapshot.json'));
    const html = renderToStaticMarkup(<AnalyticsWidget view={buildWidget(snapshot, {widget: 'installs', scope: 'overall'})} live={null} />);
    expect(html).toMatch(/^<figure /);
    expect(html).toContain('Source: events.parquet · Synthetic data · as of 26 Nov 2026, 15:42 UTC');
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="[^"]+" aria-describedby="[^"]+"><title [^>]+>Installs and search conversion per week<\/title><desc /);
    expect(html).toContain('>incomplete</tspan>');
    expect(html).toMatch(/<details[^>]*><summary>Data table: Installs, searches and search conversion per ISO week<\/summary>/);
    expect(html).toContain('href="/analytics/exports/widgets/installs.csv" download="installs.csv"');
    expect(html).toContain('href="/analytics/exports/widgets/installs.json" download="installs.json"');
  });

  it('escapes markup from the data in the chart, its text alternative and the table', async () => {
    const snapshot = await readSnapshotFile(path.join(fixtures, 'snapshot.json'));
    snapshot.searchTrends.top.unshift({query: xss, current: 999, previous: 1});
    const html = renderToStaticMarkup(<AnalyticsWidget view={buildWidget(snapshot, {widget: 'search-trends', scope: 'overall'})} live={null} />);
    expect(html).not.toContain('<img');
    expect(html.split('&lt;img src=x onerror=window.__xss=1&gt;').length - 1).toBe(3);
  });
});

describe('the snapshot the build renders', () => {
  it('fails the build naming the file, the field, the value and what was expected', async () => {
    await expect(readSnapshotFile(path.join(fixtures, 'xss-plugin-snapshot.json'))).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: analytics plugin: plugins/analytics/__tests__/__fixtures__/xss-plugin-snapshot.json: Unexpected "<img src=x onerror=window.__xss=1>" for "plugins.0.plugin", expected a plugin id]`);
  });
});

describe('options', () => {
  it('defaults to the committed export and a 5 s live timeout, without live mode', () => {
    expect(validateOptions({options: {}, validate: () => ({}) as never})).toEqual({eventsFile: 'analytics/events.parquet', liveTimeoutMs: 5000, id: 'default'});
  });

  it('rejects a live URL that is not http(s)', () => {
    expect(() => validateOptions({options: {liveUrl: 'ftp://example.test'}, validate: () => ({}) as never})).toThrowErrorMatchingInlineSnapshot(`[Error: analytics plugin options in docusaurus.config.ts: Unexpected "ftp://example.test" for "liveUrl", expected an http(s) URL]`);
  });
});
