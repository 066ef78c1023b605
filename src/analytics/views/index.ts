import type {Snapshot} from '../schema/snapshot';
import {alertBanner, alertsView, stateText, type AlertBanner} from './alerts';
import {formatAsOf, formatChange} from './format';
import {cohortsView, funnelView} from './funnel-cohorts';
import {helpfulnessView, labsView, searchTrendsView, templatesView, topPluginsView} from './rankings';
import {activeDailyView, activeWeeklyView, installsView} from './time-widgets';
import type {CaptionFacts, WidgetKind, WidgetSpec, WidgetView} from './widget';
import {captionFacts} from './widget';

export type {WidgetView, WidgetSpec, WidgetKind, CaptionFacts} from './widget';
export type {AlertBanner} from './alerts';

/**
 * Every widget's view model, by kind. The build writes one JSON per widget from these; live mode
 * calls the same functions on the live snapshot, so both read the same.
 */
export const widgetBuilders: Record<WidgetKind, (snapshot: Snapshot, spec: WidgetSpec) => WidgetView> = {
  funnel: funnelView,
  'active-daily': activeDailyView,
  'active-weekly': activeWeeklyView,
  cohorts: cohortsView,
  installs: installsView,
  'top-plugins': topPluginsView,
  'search-trends': searchTrendsView,
  templates: templatesView,
  labs: labsView,
  helpfulness: helpfulnessView,
  alerts: alertsView,
};

export const buildWidget = (snapshot: Snapshot, spec: WidgetSpec): WidgetView => widgetBuilders[spec.widget](snapshot, spec);

/** The widgets of the overview, in page order. */
export const overviewKinds: WidgetKind[] = ['alerts', 'funnel', 'active-daily', 'active-weekly', 'installs', 'cohorts', 'top-plugins', 'search-trends', 'templates', 'labs', 'helpfulness'];

/** The widgets of a plugin's page. */
export const pluginKinds: WidgetKind[] = ['alerts', 'funnel', 'installs', 'cohorts'];

/** What a page holds besides its widgets; plain data, the page's route props. */
export interface AnalyticsPageView {
  /** `overall` for the overview, else the plugin id. */
  scope: string;
  title: string;
  description: string;
  caption: CaptionFacts;
  widgets: WidgetView[];
  banner: AlertBanner;
  /** A plugin page's alert, in words. */
  alertState?: string;
}

export function overviewPage(snapshot: Snapshot): AnalyticsPageView {
  return {
    scope: 'overall',
    title: 'Marketplace analytics',
    description: `Adoption of ax marketplace plugins: funnel, active developers, retention cohorts, installs, search, templates, labs and alerts, as of ${formatAsOf(snapshot.asOf)}.`,
    caption: captionFacts(snapshot),
    widgets: overviewKinds.map((widget) => buildWidget(snapshot, {widget, scope: 'overall'})),
    banner: alertBanner(snapshot),
  };
}

export function pluginPage(snapshot: Snapshot, plugin: string): AnalyticsPageView {
  const alert = snapshot.alerts.find((a) => a.scope === plugin);
  return {
    scope: plugin,
    title: `${plugin}: plugin analytics`,
    description: `Adoption of the ${plugin} plugin: funnel, weekly installs, retention cohorts and installs alert, as of ${formatAsOf(snapshot.asOf)}.`,
    caption: captionFacts(snapshot),
    widgets: pluginKinds.map((widget) => buildWidget(snapshot, {widget, scope: plugin})),
    banner: alertBanner({...snapshot, alerts: snapshot.alerts.filter((a) => a.scope === plugin)}),
    alertState: alert
      ? `Installs alert for ${alert.week}: ${stateText[alert.state]}${alert.change === null ? '' : `, ${formatChange(alert.change)} week over week`}.`
      : 'Installs alert: no data, no week is complete yet.',
  };
}

/** Every widget a build writes: the overview's and each plugin page's. */
export function allWidgetSpecs(snapshot: Snapshot): WidgetSpec[] {
  return [...overviewKinds.map((widget) => ({widget, scope: 'overall'})), ...snapshot.plugins.flatMap((p) => pluginKinds.map((widget) => ({widget, scope: p.plugin})))];
}
