import type {Snapshot} from '../schema/snapshot';
import {formatAsOf} from './format';
import type {CsvCell} from '../csv';
import type {ChartView} from './charts';

/**
 * The view model of one analytics widget: everything a renderer needs (the web page today, PDF
 * and slides later) and nothing it must compute. Figures arrive both raw (`value`, for the
 * downloads) and as text (`text`, for the page), so every renderer shows the same rounding.
 */

/** Which widget, over which scope: enough to build it again from another snapshot (live mode). */
export interface WidgetSpec {
  widget: WidgetKind;
  /** `overall`, or a plugin id. */
  scope: string;
}

export type WidgetKind =
  | 'funnel'
  | 'active-daily'
  | 'active-weekly'
  | 'cohorts'
  | 'installs'
  | 'top-plugins'
  | 'search-trends'
  | 'templates'
  | 'labs'
  | 'helpfulness'
  | 'alerts';

/** The facts a caption states: where the figures come from and how recent they are. */
export interface CaptionFacts {
  /** The export's or endpoint's name. */
  source: string;
  synthetic: boolean;
  /** The newest event's time, as the snapshot gives it. */
  asOf: string;
  /** The same, for reading: `26 Nov 2026, 15:42 UTC`. */
  asOfText: string;
  /** Said after the facts, e.g. that the last week is incomplete; empty when there is nothing to add. */
  note: string;
}

export interface TableCell {
  value: CsvCell;
  text: string;
}

export interface TableColumn {
  /** The key of the column in the JSON download. */
  key: string;
  label: string;
  numeric: boolean;
}

export interface TableRow {
  cells: TableCell[];
  /** A page the row's first cell links to. */
  href?: string;
  /** The row is an incomplete period. */
  partial?: boolean;
}

export interface TableView {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

export interface WidgetView {
  spec: WidgetSpec;
  /** Stable id for the page: element ids, file names. */
  key: string;
  title: string;
  /** The chart's text alternative: what it shows, with the figures that matter. */
  summary: string;
  caption: CaptionFacts;
  charts: ChartView[];
  table: TableView;
  /** File names of the widget's own downloads, below the exports folder. */
  downloads: {csv: string; json: string};
}

export function captionFacts(snapshot: Snapshot, note = ''): CaptionFacts {
  return {source: snapshot.source.name, synthetic: snapshot.source.synthetic, asOf: snapshot.asOf, asOfText: formatAsOf(snapshot.asOf), note};
}

/** The key of a widget over a scope: `funnel`, or `plugin-billing-sync-funnel`. */
export const widgetKey = ({widget, scope}: WidgetSpec) => (scope === 'overall' ? widget : `plugin-${scope}-${widget}`);

/** Download names of a widget, relative to the exports folder. */
export const widgetDownloads = (spec: WidgetSpec) => ({csv: `widgets/${widgetKey(spec)}.csv`, json: `widgets/${widgetKey(spec)}.json`});

export const column = (key: string, label: string, numeric = true): TableColumn => ({key, label, numeric});
export const cell = (value: CsvCell, text: string = value === null ? '' : String(value)): TableCell => ({value, text});

/** The header and rows of a table as CSV cells: exactly the rows and columns the widget shows. */
export function tableRecords(table: TableView): {header: string[]; rows: CsvCell[][]; objects: Record<string, CsvCell>[]} {
  const rows = table.rows.map((r) => r.cells.map((c) => c.value));
  return {
    header: table.columns.map((c) => c.key),
    rows,
    objects: rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c.key, r[i] ?? null]))),
  };
}
