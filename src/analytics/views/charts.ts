/**
 * The charts a widget can hold, as data. Renderers draw them (SVG on the web page); the view
 * models decide what is drawn, which bar is incomplete and how each value reads as text.
 */

/** How a bar segment is filled. Meaning never rests on colour alone: each style has its own pattern. */
export type SegmentStyle = 'solid' | 'hatched' | 'dotted' | 'light';

export interface BarSegment {
  value: number;
  style: SegmentStyle;
  /** What the segment is, for the legend: `installed`. */
  name: string;
}

/** Horizontal bars, one per category; a bar may stack segments. */
export interface HorizontalBars {
  type: 'hbar';
  /** The chart's short title, also its accessible name. */
  title: string;
  rows: {label: string; segments: BarSegment[]; valueText: string}[];
  /** Says which pattern means what, when more than one style is used. */
  legend: string;
  /** The largest value the axis must reach; the longest bar otherwise. */
  max?: number;
}

/** One bar per ISO week; the incomplete week is hatched and labelled. Optionally a ratio line on a second axis. */
export interface WeeklyBars {
  type: 'weekly';
  title: string;
  valueName: string;
  points: {week: string; label: string; value: number; valueText: string; partial: boolean}[];
  line?: {name: string; values: (number | null)[]};
  legend: string;
}

/** A daily series as a line. */
export interface DailyLine {
  type: 'daily';
  title: string;
  valueName: string;
  points: {date: string; label: string; value: number}[];
  legend: string;
}

/** Changes around zero, with a threshold line (the alert's −20%). */
export interface DivergingBars {
  type: 'diverging';
  title: string;
  rows: {label: string; value: number | null; valueText: string; firing: boolean}[];
  threshold: number;
  legend: string;
}

/** A table whose cells are shaded by value (the retention cohorts). */
export interface Heatmap {
  type: 'heatmap';
  title: string;
  rowHeader: string;
  columns: string[];
  rows: {label: string; size: string; cells: {value: number | null; text: string}[]}[];
  legend: string;
}

export type ChartView = HorizontalBars | WeeklyBars | DailyLine | DivergingBars | Heatmap;
