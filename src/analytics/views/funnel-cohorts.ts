import type {Snapshot} from '../schema/snapshot';
import {formatCount, formatDay, formatPercent} from './format';
import {captionFacts, cell, column, widgetDownloads, widgetKey, type WidgetSpec, type WidgetView} from './widget';

/** The adoption funnel and the retention cohorts, overall or for one plugin. */

const scopeName = (scope: string) => (scope === 'overall' ? 'all plugins' : scope);
const share = (part: number, whole: number) => (whole ? part / whole : null);

export function funnelView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const funnel = spec.scope === 'overall' ? snapshot.funnel : snapshot.plugins.find((p) => p.plugin === spec.scope)?.funnel;
  const steps = funnel
    ? [
        {step: 'viewed', label: 'Viewed the listing', pairs: funnel.viewed, ofPrevious: null, ofViewed: funnel.viewed ? 1 : null},
        {step: 'installed', label: 'Installed within 7 days', pairs: funnel.installed, ofPrevious: share(funnel.installed, funnel.viewed), ofViewed: share(funnel.installed, funnel.viewed)},
        {step: 'retained', label: 'Active 30+ days after install', pairs: funnel.retained, ofPrevious: share(funnel.retained, funnel.installed), ofViewed: share(funnel.retained, funnel.viewed)},
      ]
    : [];
  const title = `Adoption funnel, ${scopeName(spec.scope)}`;
  return {
    spec,
    key: widgetKey(spec),
    title,
    summary: funnel
      ? `Funnel of (developer, plugin) pairs for ${scopeName(spec.scope)}: ${steps.map((s) => `${s.label.toLowerCase()} ${formatCount(s.pairs)}${s.ofPrevious === null ? '' : ` (${formatPercent(s.ofPrevious)} of the step before)`}`).join(', ')}.`
      : 'No data.',
    caption: captionFacts(snapshot, 'Pairs first viewed at least 37 days before "as of", so each had time to install and be retained.'),
    charts: [
      {
        type: 'hbar',
        title,
        rows: steps.map((s) => ({label: s.label, segments: [{value: s.pairs, style: 'solid', name: 'pairs'}], valueText: `${formatCount(s.pairs)}${s.ofPrevious === null ? '' : ` · ${formatPercent(s.ofPrevious)}`}`})),
        legend: 'Percentages: share of the step before.',
      },
    ],
    table: {
      caption: `Adoption funnel of (developer, plugin) pairs, ${scopeName(spec.scope)}`,
      columns: [column('step', 'Step', false), column('pairs', 'Pairs'), column('share_of_previous', 'Share of the step before'), column('share_of_viewed', 'Share of viewed')],
      rows: steps.map((s) => ({cells: [cell(s.step, s.label), cell(s.pairs, formatCount(s.pairs)), cell(s.ofPrevious, s.ofPrevious === null ? '—' : formatPercent(s.ofPrevious)), cell(s.ofViewed, formatPercent(s.ofViewed))]})),
    },
    downloads: widgetDownloads(spec),
  };
}

/** Text of a retention cell: a share, or why there is none. */
const retentionText = (r: number | null | undefined) => (r === undefined ? 'Not yet' : r === null ? 'Incomplete' : formatPercent(r));

export function cohortsView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const cohorts = snapshot.cohorts.filter((c) => c.scope === spec.scope);
  const width = Math.max(0, ...cohorts.map((c) => c.retention.length));
  const ks = Array.from({length: width}, (_, k) => k);
  const title = `Retention by install cohort, ${scopeName(spec.scope)}`;
  const latestWeek1 = cohorts.filter((c) => typeof c.retention[1] === 'number').at(-1);
  return {
    spec,
    key: widgetKey(spec),
    title,
    summary: cohorts.length
      ? `Heatmap table of retention for ${cohorts.length} weekly install cohorts of ${scopeName(spec.scope)}.${latestWeek1 ? ` Latest cohort with a complete first week, ${latestWeek1.cohort}: ${formatPercent(latestWeek1.retention[1] ?? null)} active in week 1.` : ''}`
      : 'No data.',
    caption: captionFacts(snapshot, 'Week k: share of the cohort’s pairs active in the k-th week after install. "Incomplete": that week has not ended; "Not yet": it has not begun.'),
    charts: [
      {
        type: 'heatmap',
        title,
        rowHeader: 'Cohort (pairs)',
        columns: ks.map((k) => `Week ${k}`),
        rows: cohorts.map((c) => ({label: c.cohort, size: formatCount(c.size), cells: ks.map((k) => ({value: c.retention[k] ?? null, text: retentionText(c.retention[k])}))})),
        legend: 'Darker cells: higher retention. Every cell states its share.',
      },
    ],
    table: {
      caption: `Retention by weekly install cohort, ${scopeName(spec.scope)}`,
      columns: [column('cohort', 'Cohort', false), column('start', 'Starts', false), column('size', 'Pairs'), ...ks.map((k) => column(`week_${k}`, `Week ${k}`))],
      rows: cohorts.map((c) => ({
        cells: [cell(c.cohort), cell(c.start, formatDay(c.start, true)), cell(c.size, formatCount(c.size)), ...ks.map((k) => cell(c.retention[k] ?? null, retentionText(c.retention[k])))],
      })),
    },
    downloads: widgetDownloads(spec),
  };
}
