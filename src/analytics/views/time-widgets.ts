import type {Snapshot} from '../schema/snapshot';
import {formatCount, formatDay, formatPercent, shortWeek} from './format';
import {captionFacts, cell, column, widgetDownloads, widgetKey, type WidgetSpec, type WidgetView} from './widget';
import {incompleteNote, partialText, pluginInstallsWidget, pluginWeeks} from './plugin-installs';

/** Widgets over time: active developers per day and per week, installs and search conversion per week. */


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
  // One plugin's widget is built where the overview's plugin picker builds it too, so both read the same.
  if (spec.scope !== 'overall') return pluginInstallsWidget(spec, pluginWeeks(snapshot, spec.scope), captionFacts(snapshot, incompleteNote(snapshot)));
  const weeks = snapshot.weeks;
  const last = weeks.filter((w) => !w.partial).at(-1);
  const title = 'Installs and search conversion per week';
  return {
    spec,
    key: widgetKey(spec),
    title,
    summary: weeks.length
      ? `Bar chart of installs per ISO week, with search conversion as a line, ${weeks[0]!.week} to ${weeks.at(-1)!.week}. ${
          last ? `Last complete week ${last.week}: ${formatCount(last.installs)} installs, search conversion ${formatPercent(last.searchConversion)}.` : 'No week is complete yet.'
        }`
      : 'No data.',
    caption: captionFacts(snapshot, incompleteNote(snapshot)),
    charts: [
      {
        type: 'weekly',
        title,
        valueName: 'Installs',
        points: weeks.map((w) => ({week: w.week, label: shortWeek(w.week), value: w.installs, valueText: formatCount(w.installs), partial: w.partial})),
        line: {name: 'Search conversion', values: weeks.map((w) => w.searchConversion)},
        legend: 'Bars: installs (hatched: incomplete week). Line and dots: search conversion, right axis.',
      },
    ],
    table: {
      caption: 'Installs, searches and search conversion per ISO week',
      columns: [column('week', 'Week', false), column('installs', 'Installs'), column('searches', 'Searches'), column('search_conversion', 'Search conversion'), column('partial', 'Status', false)],
      rows: weeks.map((w) => ({
        partial: w.partial,
        cells: [cell(w.week), cell(w.installs, formatCount(w.installs)), cell(w.searches, formatCount(w.searches)), cell(w.searchConversion, formatPercent(w.searchConversion)), cell(w.partial, partialText(w.partial))],
      })),
    },
    downloads: widgetDownloads(spec),
  };
}
