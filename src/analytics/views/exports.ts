import type {Snapshot} from '../schema/snapshot';
import {toCsv, type CsvCell} from '../csv';
import {buildWidget, allWidgetSpecs} from './index';
import {tableRecords} from './widget';

/**
 * The files of `/analytics/exports/`: the full datasets (weekly metrics, funnel, cohorts, top
 * plugins, search trends), then each widget's own download of exactly the rows it shows.
 * Ratios stay unrounded here; only the page rounds them.
 */

export interface ExportFile {
  /** Path below the exports folder, e.g. `weekly.csv`, `widgets/funnel.json`. */
  file: string;
  /** What it holds, for the exports list on the overview. */
  title: string;
  contents: string;
}

interface Dataset {
  name: string;
  title: string;
  header: string[];
  rows: CsvCell[][];
}

function datasets(s: Snapshot): Dataset[] {
  const width = Math.max(0, ...s.cohorts.map((c) => c.retention.length));
  return [
    {
      name: 'weekly',
      title: 'Weekly metrics',
      header: ['week', 'start', 'partial', 'active_developers', 'installs', 'searches', 'search_conversion'],
      rows: s.weeks.map((w) => [w.week, w.start, w.partial, w.activeDevelopers, w.installs, w.searches, w.searchConversion]),
    },
    {
      name: 'funnel',
      title: 'Adoption funnel, overall and per plugin',
      header: ['scope', 'viewed', 'installed', 'retained'],
      rows: [['overall', s.funnel.viewed, s.funnel.installed, s.funnel.retained], ...s.plugins.map((p): CsvCell[] => [p.plugin, p.funnel.viewed, p.funnel.installed, p.funnel.retained])],
    },
    {
      name: 'cohorts',
      title: 'Retention cohorts, overall and per plugin',
      header: ['scope', 'cohort', 'start', 'size', ...Array.from({length: width}, (_, k) => `week_${k}`)],
      rows: s.cohorts.map((c) => [c.scope, c.cohort, c.start, c.size, ...Array.from({length: width}, (_, k) => c.retention[k] ?? null)]),
    },
    {
      name: 'top-plugins',
      title: 'Plugins by installs',
      header: ['plugin', 'installs', 'installs_last_week', 'active_last_week', 'viewed', 'installed', 'retained'],
      rows: [...s.plugins].sort((a, b) => b.installs - a.installs || a.plugin.localeCompare(b.plugin)).map((p) => [p.plugin, p.installs, p.installsLastWeek, p.activeLastWeek, p.funnel.viewed, p.funnel.installed, p.funnel.retained]),
    },
    {
      name: 'search-trends',
      title: 'Search trends',
      header: ['list', 'week', 'query', 'searches', 'searches_before'],
      rows: [
        ...s.searchTrends.top.map((q): CsvCell[] => ['top', s.searchTrends.week, q.query, q.current, q.previous]),
        ...s.searchTrends.rising.map((q): CsvCell[] => ['rising', s.searchTrends.week, q.query, q.current, q.previous]),
        ...s.searchTrends.zeroResults.map((q): CsvCell[] => ['zero_results', s.searchTrends.week, q.query, q.searches, null]),
      ],
    },
  ];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const objects = (header: string[], rows: CsvCell[][]) => rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));

/** The datasets, CSV and JSON each; the JSON carries the source and "as of" beside the rows. */
export function datasetExports(s: Snapshot): ExportFile[] {
  const meta = {source: s.source, asOf: s.asOf};
  return datasets(s).flatMap((d) => [
    {file: `${d.name}.csv`, title: `${d.title} (CSV)`, contents: toCsv(d.header, d.rows)},
    {file: `${d.name}.json`, title: `${d.title} (JSON)`, contents: json({...meta, rows: objects(d.header, d.rows)})},
  ]);
}

/** Each widget's download: the table it shows, raw values, CSV and JSON. */
export function widgetExports(s: Snapshot): ExportFile[] {
  return allWidgetSpecs(s).flatMap((spec) => {
    const view = buildWidget(s, spec);
    const {header, rows, objects: records} = tableRecords(view.table);
    return [
      {file: view.downloads.csv, title: `${view.title} (CSV)`, contents: toCsv(header, rows)},
      {file: view.downloads.json, title: `${view.title} (JSON)`, contents: json({source: s.source, asOf: s.asOf, widget: view.title, rows: records})},
    ];
  });
}

/** The list of dataset files for the overview, without their contents. */
export const datasetFileList = (s: Snapshot) => datasetExports(s).map(({file, title}) => ({file, title}));
