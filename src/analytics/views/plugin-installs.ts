import type {Snapshot} from '../schema/snapshot';
import {formatCount, shortWeek} from './format';
import {captionFacts, cell, column, widgetDownloads, widgetKey, type CaptionFacts, type WidgetSpec, type WidgetView} from './widget';

/**
 * One plugin's installs per week, as a widget, and the compact data of the overview's plugin
 * picker that builds the same widget for any plugin in the browser, without a request: a few
 * numbers per plugin instead of a widget view per plugin in the page's props.
 */

/** A week of one plugin: its installs, and whether the week runs past the data's "as of". */
export interface PluginWeek {
  week: string;
  installs: number;
  partial: boolean;
}

/** The picker's data: the caption every plugin's widget shares and each plugin's weekly installs. */
export interface PluginInstallsSeries {
  caption: CaptionFacts;
  /** The weeks that run past "as of"; at most the last one. */
  partialWeeks: string[];
  /** Every plugin with a page, in the snapshot's order; `installs` as `[week, installs]` pairs. */
  plugins: {plugin: string; installs: [string, number][]}[];
}

/** The note of a weekly widget whose last week is incomplete. */
export const incompleteNote = (snapshot: Snapshot): string => {
  const last = snapshot.weeks.at(-1);
  return last?.partial ? `${last.week} is incomplete: it runs past the data's "as of".` : '';
};

export const partialText = (partial: boolean): string => (partial ? 'Incomplete' : 'Complete');

/** The installs widget of one plugin: bars per ISO week, the incomplete week hatched. */
export function pluginInstallsWidget(spec: WidgetSpec, weeks: readonly PluginWeek[], caption: CaptionFacts): WidgetView {
  const last = weeks.filter((w) => !w.partial).at(-1);
  const title = `Installs of ${spec.scope} per week`;
  return {
    spec,
    key: widgetKey(spec),
    title,
    summary: weeks.length
      ? `Bar chart of installs per ISO week, ${weeks[0]!.week} to ${weeks.at(-1)!.week}. ${last ? `Last complete week ${last.week}: ${formatCount(last.installs)} installs.` : 'No week is complete yet.'}`
      : 'No data.',
    caption,
    charts: [
      {
        type: 'weekly',
        title,
        valueName: 'Installs',
        points: weeks.map((w) => ({week: w.week, label: shortWeek(w.week), value: w.installs, valueText: formatCount(w.installs), partial: w.partial})),
        legend: 'Hatched bar: incomplete week.',
      },
    ],
    table: {
      caption: `Installs of ${spec.scope} per ISO week`,
      columns: [column('week', 'Week', false), column('installs', 'Installs'), column('partial', 'Status', false)],
      rows: weeks.map((w) => ({partial: w.partial, cells: [cell(w.week), cell(w.installs, formatCount(w.installs)), cell(w.partial, partialText(w.partial))]})),
    },
    downloads: widgetDownloads(spec),
  };
}

/** A plugin's weeks from the snapshot: its weekly installs, each marked partial as the snapshot's week is. */
export function pluginWeeks(snapshot: Snapshot, plugin: string): PluginWeek[] {
  const partial = new Map(snapshot.weeks.map((w) => [w.week, w.partial]));
  const summary = snapshot.plugins.find((p) => p.plugin === plugin);
  return (summary?.weeklyInstalls ?? []).map((w) => ({week: w.week, installs: w.installs, partial: partial.get(w.week) ?? false}));
}

/** The overview picker's data, from the snapshot. */
export function pluginInstallsSeries(snapshot: Snapshot): PluginInstallsSeries {
  return {
    caption: captionFacts(snapshot, incompleteNote(snapshot)),
    partialWeeks: snapshot.weeks.filter((w) => w.partial).map((w) => w.week),
    plugins: snapshot.plugins.map((p) => ({plugin: p.plugin, installs: p.weeklyInstalls.map((w): [string, number] => [w.week, w.installs])})),
  };
}

/** The installs widget of `plugin` from the picker's data: the same view the plugin's own page shows. */
export function pickedPluginWidget(series: PluginInstallsSeries, plugin: string): WidgetView {
  const partial = new Set(series.partialWeeks);
  const installs = series.plugins.find((p) => p.plugin === plugin)?.installs ?? [];
  return pluginInstallsWidget({widget: 'installs', scope: plugin}, installs.map(([week, n]) => ({week, installs: n, partial: partial.has(week)})), series.caption);
}
