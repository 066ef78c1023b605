import type {Snapshot} from '../schema/snapshot';
import {formatCount, formatDay, formatPercent, shortWeek} from './format';
import {captionFacts, cell, column, widgetDownloads, widgetKey, type WidgetSpec, type WidgetView} from './widget';

/** Widgets over time: active developers per day and per week, installs and search conversion per week. */

const incompleteNote = (snapshot: Snapshot) => {
  const last = snapshot.weeks.at(-1);
  return last?.partial ? `${last.week} is incomplete: it runs past the data's "as of".` : '';
};

const partialText = (partial: boolean) => (partial ? 'Incomplete' : 'Complete');

export function activeWeeklyView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const weeks = snapshot.weeks;
  const last = weeks.filter((w) => !w.partial).at(-1);
  return {
    spec,
    key: widgetKey(spec),
    title: 'Active developers per week',
    summary: weeks.length
      ? `Bar chart of distinct active developers per ISO week, ${weeks[0]!.week} to ${weeks.at(-1)!.week}. ${last ? `Last complete week ${last.week}: ${formatCount(last.activeDevelopers)}.` : 'No week is complete yet.'}`
      : 'No data.',
    caption: captionFacts(snapshot, incompleteNote(snapshot)),
    charts: [
      {
        type: 'weekly',
        title: 'Active developers per week',
        valueName: 'Active developers',
        points: weeks.map((w) => ({week: w.week, label: shortWeek(w.week), value: w.activeDevelopers, valueText: formatCount(w.activeDevelopers), partial: w.partial})),
        legend: 'Hatched bar: incomplete week.',
      },
    ],
    table: {
      caption: 'Active developers per ISO week',
      columns: [column('week', 'Week', false), column('start', 'Starts', false), column('active_developers', 'Active developers'), column('partial', 'Status', false)],
      rows: weeks.map((w) => ({partial: w.partial, cells: [cell(w.week), cell(w.start, formatDay(w.start, true)), cell(w.activeDevelopers, formatCount(w.activeDevelopers)), cell(w.partial, partialText(w.partial))]})),
    },
    downloads: widgetDownloads(spec),
  };
}

export function activeDailyView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const days = snapshot.days;
  const peak = days.reduce<(typeof days)[number] | undefined>((best, d) => (!best || d.activeDevelopers > best.activeDevelopers ? d : best), undefined);
  return {
    spec,
    key: widgetKey(spec),
    title: 'Active developers per day',
    summary: peak
      ? `Line chart of distinct active developers per UTC day, ${days[0]!.date} to ${days.at(-1)!.date}. Peak ${formatCount(peak.activeDevelopers)} on ${peak.date}; last day ${formatCount(days.at(-1)!.activeDevelopers)}.`
      : 'No data.',
    caption: captionFacts(snapshot, days.length ? `The last day, ${days.at(-1)!.date}, ends at the data's "as of".` : ''),
    charts: [
      {
        type: 'daily',
        title: 'Active developers per day',
        valueName: 'Active developers',
        points: days.map((d) => ({date: d.date, label: formatDay(d.date), value: d.activeDevelopers})),
        legend: 'One point per UTC day.',
      },
    ],
    table: {
      caption: 'Active developers per UTC day',
      columns: [column('date', 'Date', false), column('active_developers', 'Active developers')],
      rows: days.map((d) => ({cells: [cell(d.date), cell(d.activeDevelopers, formatCount(d.activeDevelopers))]})),
    },
    downloads: widgetDownloads(spec),
  };
}

/** Installs per week with search conversion (overall), or one plugin's installs per week. */
export function installsView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const overall = spec.scope === 'overall';
  const plugin = snapshot.plugins.find((p) => p.plugin === spec.scope);
  const partial = new Map(snapshot.weeks.map((w) => [w.week, w.partial]));
  const weeks = overall
    ? snapshot.weeks.map((w) => ({week: w.week, installs: w.installs, partial: w.partial, searches: w.searches, conversion: w.searchConversion}))
    : (plugin?.weeklyInstalls ?? []).map((w) => ({week: w.week, installs: w.installs, partial: partial.get(w.week) ?? false, searches: null, conversion: null}));
  const last = weeks.filter((w) => !w.partial).at(-1);
  const title = overall ? 'Installs and search conversion per week' : `Installs of ${spec.scope} per week`;
  return {
    spec,
    key: widgetKey(spec),
    title,
    summary: weeks.length
      ? `Bar chart of installs per ISO week${overall ? ', with search conversion as a line' : ''}, ${weeks[0]!.week} to ${weeks.at(-1)!.week}. ${
          last ? `Last complete week ${last.week}: ${formatCount(last.installs)} installs${overall ? `, search conversion ${formatPercent(last.conversion)}` : ''}.` : 'No week is complete yet.'
        }`
      : 'No data.',
    caption: captionFacts(snapshot, incompleteNote(snapshot)),
    charts: [
      {
        type: 'weekly',
        title,
        valueName: 'Installs',
        points: weeks.map((w) => ({week: w.week, label: shortWeek(w.week), value: w.installs, valueText: formatCount(w.installs), partial: w.partial})),
        ...(overall ? {line: {name: 'Search conversion', values: weeks.map((w) => w.conversion)}} : {}),
        legend: overall ? 'Bars: installs (hatched: incomplete week). Line and dots: search conversion, right axis.' : 'Hatched bar: incomplete week.',
      },
    ],
    table: {
      caption: overall ? 'Installs, searches and search conversion per ISO week' : `Installs of ${spec.scope} per ISO week`,
      columns: [
        column('week', 'Week', false),
        column('installs', 'Installs'),
        ...(overall ? [column('searches', 'Searches'), column('search_conversion', 'Search conversion')] : []),
        column('partial', 'Status', false),
      ],
      rows: weeks.map((w) => ({
        partial: w.partial,
        cells: [
          cell(w.week),
          cell(w.installs, formatCount(w.installs)),
          ...(overall ? [cell(w.searches, formatCount(w.searches)), cell(w.conversion, formatPercent(w.conversion))] : []),
          cell(w.partial, partialText(w.partial)),
        ],
      })),
    },
    downloads: widgetDownloads(spec),
  };
}
