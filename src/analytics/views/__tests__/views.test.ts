import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {snapshotSchema, type Snapshot} from '../../schema/snapshot';
import {allWidgetSpecs, buildWidget, overviewPage, pluginPage} from '../index';
import {datasetExports, widgetExports} from '../exports';
import {formatAsOf, formatChange, formatPercent} from '../format';

const fixture = path.resolve(__dirname, '../../../../plugins/analytics/__tests__/__fixtures__/snapshot.json');
const load = (change: (s: Snapshot) => void = () => {}): Snapshot => {
  const s = snapshotSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));
  change(s);
  return s;
};
const text = (view: ReturnType<typeof buildWidget>) => view.table.rows.map((r) => r.cells.map((c) => c.text).join(' | '));

describe('formatting', () => {
  it.each([
    [formatAsOf('2026-11-26T15:42:10Z'), '26 Nov 2026, 15:42 UTC'],
    [formatAsOf('2026-01-03T00:05:00.123Z'), '3 Jan 2026, 00:05 UTC'],
    [formatPercent(0.18264), '18.3%'],
    [formatPercent(null), 'No data'],
    [formatChange(-0.2), '−20.0%'],
    [formatChange(0.1), '+10.0%'],
    [formatChange(null), 'No data'],
  ])('reads %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('widget view models', () => {
  const snapshot = load();

  it('take "as of" from the data, never from the clock, and say the data is synthetic', () => {
    const view = buildWidget(snapshot, {widget: 'funnel', scope: 'overall'});
    expect(view.caption).toMatchObject({source: 'events.parquet', synthetic: true, asOf: '2026-11-26T15:42:10Z', asOfText: '26 Nov 2026, 15:42 UTC'});
  });

  it('mark the incomplete week in the chart, the table and the caption', () => {
    const view = buildWidget(snapshot, {widget: 'installs', scope: 'overall'});
    const chart = view.charts[0]!;
    expect(chart.type === 'weekly' && chart.points.filter((p) => p.partial).map((p) => p.week)).toEqual(['2026-W48']);
    expect(text(view).at(-1)).toMatchInlineSnapshot(`"2026-W48 | 160 | 0 | No data | Incomplete"`);
    expect(view.caption.note).toMatchInlineSnapshot(`"2026-W48 is incomplete: it runs past the data's "as of"."`);
  });

  it('give the funnel each step as a share of the step before', () => {
    expect(text(buildWidget(snapshot, {widget: 'funnel', scope: 'overall'}))).toMatchInlineSnapshot(`
      [
        "Viewed the listing | 5,120 | — | 100.0%",
        "Installed within 7 days | 2,318 | 45.3% | 45.3%",
        "Active 30+ days after install | 1,406 | 60.7% | 27.5%",
      ]
    `);
  });

  it('say why a cohort cell has no share: week not ended, or not begun', () => {
    const rows = text(buildWidget(snapshot, {widget: 'cohorts', scope: 'overall'}));
    expect(rows.at(-2)).toMatch(/^2026-W47 \| 16 Nov 2026 \| 334 \| 100\.0% \| Incomplete \| Not yet/);
  });

  it('name downloads after the widget and its scope', () => {
    expect(buildWidget(snapshot, {widget: 'funnel', scope: 'log-shipper'}).downloads).toEqual({csv: 'widgets/plugin-log-shipper-funnel.csv', json: 'widgets/plugin-log-shipper-funnel.json'});
  });

  it('show "No data" where a value is null, never a number', () => {
    const empty = load((s) => {
      s.helpfulness = {overall: null, responses: 0, pages: []};
      s.templates.templateAdoption = null;
    });
    expect(buildWidget(empty, {widget: 'helpfulness', scope: 'overall'}).summary).toBe('No data: no page has been rated.');
    expect(buildWidget(empty, {widget: 'templates', scope: 'overall'}).caption.note).toBe('Template adoption (published plugins that started from a template): No data.');
  });

  it('put the firing alert in the overview banner and on the plugin page', () => {
    expect(overviewPage(snapshot).banner).toMatchInlineSnapshot(`
      {
        "firing": [
          {
            "scope": "log-shipper",
            "text": "log-shipper: 30 installs in 2026-W47, −48.3% on the week before (58).",
          },
        ],
        "message": "One installs alert is firing for 2026-W47.",
      }
    `);
    expect(pluginPage(snapshot, 'log-shipper').alertState).toMatchInlineSnapshot(`"Installs alert for 2026-W47: Firing, −48.3% week over week."`);
  });

  it('build every overview widget and four per plugin', () => {
    expect(allWidgetSpecs(snapshot)).toHaveLength(11 + 4 * snapshot.plugins.length);
  });
});

describe('exports', () => {
  it('write the five datasets as CSV and JSON, ratios unrounded', () => {
    const files = datasetExports(load());
    expect(files.map((f) => f.file)).toEqual(['weekly.csv', 'weekly.json', 'funnel.csv', 'funnel.json', 'cohorts.csv', 'cohorts.json', 'top-plugins.csv', 'top-plugins.json', 'search-trends.csv', 'search-trends.json']);
    expect(files[0]!.contents.split('\r\n').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "week,start,partial,active_developers,installs,searches,search_conversion",
        "2026-W37,2026-09-07,false,900,310,1200,0.18",
      ]
    `);
  });

  it('escape a query that would run as a formula, and keep markup as plain text', () => {
    const s = load((x) => x.searchTrends.top.unshift({query: '=HYPERLINK("http://evil")', current: 5, previous: 0}, {query: '<img src=x onerror=window.__xss=1>', current: 4, previous: 0}));
    const csv = datasetExports(s).find((f) => f.file === 'search-trends.csv')!.contents;
    expect(csv).toContain(`top,2026-W47,"'=HYPERLINK(""http://evil"")",5,0\r\n`);
    expect(csv).toContain('top,2026-W47,<img src=x onerror=window.__xss=1>,4,0\r\n');
    const widget = widgetExports(s).find((f) => f.file === 'widgets/search-trends.csv')!.contents;
    expect(widget).toContain(`Top,"'=HYPERLINK(""http://evil"")",5,0\r\n`);
  });
});
