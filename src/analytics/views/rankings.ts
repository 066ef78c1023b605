import type {Snapshot} from '../schema/snapshot';
import {routes} from '../../routes/table';
import {formatCount, formatPercent, noData} from './format';
import {captionFacts, cell, column, widgetDownloads, widgetKey, type WidgetSpec, type WidgetView} from './widget';

/** Widgets that rank categories: top plugins, search queries, template archetypes, labs, pages. */

/** How many plugins the top-plugins widget shows; the export holds them all. */
export const topPluginCount = 10;

export function topPluginsView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const top = [...snapshot.plugins].sort((a, b) => b.installs - a.installs || a.plugin.localeCompare(b.plugin)).slice(0, topPluginCount);
  return {
    spec,
    key: widgetKey(spec),
    title: `Top ${top.length} plugins by installs`,
    summary: top.length ? `Bar chart of installs over the whole export: ${top.map((p) => `${p.plugin} ${formatCount(p.installs)}`).join(', ')}.` : 'No data.',
    caption: captionFacts(snapshot, 'Installs over the whole export; "last week" is the last complete week.'),
    charts: [{type: 'hbar', title: `Top ${top.length} plugins by installs`, rows: top.map((p) => ({label: p.plugin, segments: [{value: p.installs, style: 'solid', name: 'installs'}], valueText: formatCount(p.installs)})), legend: ''}],
    table: {
      caption: 'Top plugins by installs',
      columns: [column('plugin', 'Plugin', false), column('installs', 'Installs'), column('installs_last_week', 'Installs last week'), column('active_last_week', 'Active developers last week')],
      rows: top.map((p) => ({
        href: routes.analyticsPlugin(p.plugin),
        cells: [cell(p.plugin), cell(p.installs, formatCount(p.installs)), cell(p.installsLastWeek, formatCount(p.installsLastWeek)), cell(p.activeLastWeek, formatCount(p.activeLastWeek))],
      })),
    },
    downloads: widgetDownloads(spec),
  };
}

export function searchTrendsView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const t = snapshot.searchTrends;
  const rows = [
    ...t.top.map((q) => ({list: 'Top', query: q.query, current: q.current, previous: q.previous as number | null})),
    ...t.rising.map((q) => ({list: 'Rising', query: q.query, current: q.current, previous: q.previous as number | null})),
    ...t.zeroResults.map((q) => ({list: 'Zero results', query: q.query, current: q.searches, previous: null})),
  ];
  const title = t.week ? `Search queries in ${t.week}` : 'Search queries';
  return {
    spec,
    key: widgetKey(spec),
    title,
    summary: t.week
      ? `Bar chart of the most searched queries in ${t.week}: ${t.top.map((q) => `"${q.query}" ${formatCount(q.current)}`).join(', ')}. ${t.zeroResults.length} queries found no results.`
      : 'No data: no week is complete yet.',
    caption: captionFacts(snapshot, t.week ? `${t.week} is the last complete week; "before" is the week before it.` : ''),
    charts: [
      {
        type: 'hbar',
        title: `Most searched queries${t.week ? ` in ${t.week}` : ''}`,
        rows: t.top.map((q) => ({label: q.query, segments: [{value: q.current, style: 'solid', name: 'searches'}], valueText: `${formatCount(q.current)} (before: ${formatCount(q.previous)})`})),
        legend: '',
      },
    ],
    table: {
      caption: `Top, rising and zero-result search queries${t.week ? `, ${t.week}` : ''}`,
      columns: [column('list', 'List', false), column('query', 'Query', false), column('searches', 'Searches'), column('searches_before', 'Searches the week before')],
      rows: rows.map((r) => ({cells: [cell(r.list), cell(r.query), cell(r.current, formatCount(r.current)), cell(r.previous, r.previous === null ? '—' : formatCount(r.previous))]})),
    },
    downloads: widgetDownloads(spec),
  };
}

export function templatesView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const {archetypes, templateAdoption} = snapshot.templates;
  return {
    spec,
    key: widgetKey(spec),
    title: 'Template usage per archetype',
    summary: archetypes.length ? `Bar chart of template_init events per archetype: ${archetypes.map((a) => `${a.archetype} ${formatCount(a.inits)} (${formatPercent(a.share)})`).join(', ')}.` : 'No data.',
    caption: captionFacts(snapshot, `Template adoption (published plugins that started from a template): ${formatPercent(templateAdoption)}.`),
    charts: [{type: 'hbar', title: 'Template inits per archetype', rows: archetypes.map((a) => ({label: a.archetype, segments: [{value: a.inits, style: 'solid', name: 'inits'}], valueText: `${formatCount(a.inits)} · ${formatPercent(a.share)}`})), legend: ''}],
    table: {
      caption: 'Template inits per archetype',
      columns: [column('archetype', 'Archetype', false), column('inits', 'Inits'), column('share', 'Share')],
      rows: archetypes.map((a) => ({cells: [cell(a.archetype), cell(a.inits, formatCount(a.inits)), cell(a.share, formatPercent(a.share))]})),
    },
    downloads: widgetDownloads(spec),
  };
}

export function labsView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const labs = snapshot.labs;
  return {
    spec,
    key: widgetKey(spec),
    title: 'Lab completion',
    summary: labs.length ? `Bar chart of developers who started and completed each lab: ${labs.map((l) => `${l.lab} ${formatCount(l.completed)} of ${formatCount(l.started)} (${formatPercent(l.completionRate)})`).join(', ')}.` : 'No data.',
    caption: captionFacts(snapshot),
    charts: [
      {
        type: 'hbar',
        title: 'Developers who started and completed each lab',
        rows: labs.map((l) => ({
          label: l.lab,
          segments: [
            {value: l.completed, style: 'solid', name: 'completed'},
            {value: l.started - l.completed, style: 'light', name: 'started, not completed'},
          ],
          valueText: `${formatCount(l.completed)} of ${formatCount(l.started)} · ${formatPercent(l.completionRate)}`,
        })),
        legend: 'Solid: completed · outlined: started, not completed.',
      },
    ],
    table: {
      caption: 'Lab completion per lab',
      columns: [column('lab', 'Lab', false), column('started', 'Started'), column('completed', 'Completed'), column('completion_rate', 'Completion rate')],
      rows: labs.map((l) => ({cells: [cell(l.lab), cell(l.started, formatCount(l.started)), cell(l.completed, formatCount(l.completed)), cell(l.completionRate, formatPercent(l.completionRate))]})),
    },
    downloads: widgetDownloads(spec),
  };
}

export function helpfulnessView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const h = snapshot.helpfulness;
  return {
    spec,
    key: widgetKey(spec),
    title: 'Helpfulness of the docs',
    summary: h.responses ? `Bar chart of the share of "helpful" ratings per page. Overall ${formatPercent(h.overall)} of ${formatCount(h.responses)} ratings were helpful.` : `${noData}: no page has been rated.`,
    caption: captionFacts(snapshot, `Overall: ${formatPercent(h.overall)} helpful, ${formatCount(h.responses)} ratings.`),
    charts: [
      {
        type: 'hbar',
        title: 'Share of helpful ratings per page',
        rows: h.pages.map((p) => ({label: p.page, segments: [{value: p.share, style: 'solid', name: 'helpful'}], valueText: `${formatPercent(p.share)} of ${formatCount(p.up + p.down)}`})),
        max: 1,
        legend: '',
      },
    ],
    table: {
      caption: 'Helpful ratings per page',
      columns: [column('page', 'Page', false), column('up', 'Helpful'), column('down', 'Not helpful'), column('share', 'Share helpful')],
      rows: h.pages.map((p) => ({cells: [cell(p.page), cell(p.up, formatCount(p.up)), cell(p.down, formatCount(p.down)), cell(p.share, formatPercent(p.share))]})),
    },
    downloads: widgetDownloads(spec),
  };
}
