import {installsDropAlert} from '../alert-policy';
import type {Alert, Snapshot} from '../schema/snapshot';
import {formatChange, formatCount} from './format';
import {captionFacts, cell, column, widgetDownloads, widgetKey, type WidgetSpec, type WidgetView} from './widget';

/** The week-over-week installs alerts: the widget, and the banner at the top of the overview. */

/** The change the alert fires below (exactly this does not fire), from the alert policy. */
export const alertThreshold = installsDropAlert.firingChange;
const thresholdText = formatChange(alertThreshold);

export const stateText: Record<Alert['state'], string> = {
  firing: 'Firing',
  ok: 'OK',
  low_volume: `Low volume (under ${installsDropAlert.minPreviousInstalls} installs the week before)`,
  no_data: 'No data (no installs the week before)',
};

const scopeLabel = (scope: string) => (scope === 'overall' ? 'All plugins' : scope);

/** Firing first, then by change, most negative first; the overall scope leads its group. */
const order = (a: Alert, b: Alert) => Number(b.state === 'firing') - Number(a.state === 'firing') || (a.change ?? 0) - (b.change ?? 0) || a.scope.localeCompare(b.scope);

export function alertsView(snapshot: Snapshot, spec: WidgetSpec): WidgetView {
  const alerts = snapshot.alerts.filter((a) => spec.scope === 'overall' || a.scope === spec.scope).sort(order);
  const firing = alerts.filter((a) => a.state === 'firing');
  const week = alerts[0]?.week;
  const title = spec.scope === 'overall' ? 'Installs alerts, week over week' : `Installs alert for ${spec.scope}`;
  return {
    spec,
    key: widgetKey(spec),
    title,
    summary: alerts.length
      ? `Bar chart of the change in weekly installs from the week before ${week}, per ${spec.scope === 'overall' ? 'scope' : 'plugin'}, against the ${thresholdText} threshold. ${firing.length ? `Firing: ${firing.map((a) => `${scopeLabel(a.scope)} ${formatChange(a.change)}`).join(', ')}.` : 'None firing.'}`
      : 'No data: no week is complete yet.',
    caption: captionFacts(snapshot, week ? `Compares ${week}, the last complete week, with the week before. An alert fires below ${thresholdText}.` : ''),
    charts: [
      {
        type: 'diverging',
        title,
        rows: alerts.map((a) => ({label: scopeLabel(a.scope), value: a.change, valueText: a.change === null ? 'No data' : `${formatChange(a.change)}${a.state === 'firing' ? ' · firing' : a.state === 'low_volume' ? ' · low volume' : ''}`, firing: a.state === 'firing'})),
        threshold: alertThreshold,
        legend: `Hatched bars: firing. Dashed line: the ${thresholdText} threshold.`,
      },
    ],
    table: {
      caption: `Week-over-week installs alerts${week ? `, ${week}` : ''}`,
      columns: [column('scope', 'Scope', false), column('week', 'Week', false), column('current', 'Installs'), column('previous', 'Week before'), column('change', 'Change'), column('state', 'State', false)],
      rows: alerts.map((a) => ({
        cells: [cell(a.scope, scopeLabel(a.scope)), cell(a.week), cell(a.current, formatCount(a.current)), cell(a.previous, formatCount(a.previous)), cell(a.change, formatChange(a.change)), cell(a.state, stateText[a.state])],
      })),
    },
    downloads: widgetDownloads(spec),
  };
}

/** The banner at the top of the overview: the firing alerts in words. */
export interface AlertBanner {
  firing: {scope: string; text: string}[];
  /** One sentence: what fires, or that nothing does. */
  message: string;
}

export function alertBanner(snapshot: Snapshot): AlertBanner {
  const firing = snapshot.alerts.filter((a) => a.state === 'firing').sort(order);
  const week = snapshot.alerts[0]?.week;
  return {
    firing: firing.map((a) => ({scope: a.scope, text: `${scopeLabel(a.scope)}: ${formatCount(a.current)} installs in ${a.week}, ${formatChange(a.change)} on the week before (${formatCount(a.previous)}).`})),
    message: firing.length
      ? `${firing.length === 1 ? 'One installs alert is' : `${firing.length} installs alerts are`} firing for ${week}.`
      : week
        ? `No installs alert is firing for ${week}.`
        : 'No installs alert: no week is complete yet.',
  };
}
