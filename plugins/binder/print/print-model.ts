import type {BinderModel} from '../../../src/binder/views/types';
import type {BinderPrintModel, PrintChapter} from './model';

/**
 * The binder's view model as the cover and the decks print it. Texts are the view models' own
 * formatted words (valueText, trendText, states); nothing is judged or counted again here.
 */

/** The newest day any KPI's data is as of: the binder's "as of". "No data" when none has one. */
export function dataAsOf(model: BinderModel): string {
  const days = model.views['kpi-scorecard'].rows.map((r) => r.asOf).filter((d): d is string => Boolean(d));
  return days.length ? days.sort().at(-1)! : 'No data';
}

export function printChapters(model: BinderModel): PrintChapter[] {
  return model.chapters.map((c) => ({id: c.id, title: c.title, route: c.route}));
}

/** `publicBase`: the site's origin and base URL, ending in `/`, for links out of a file. */
export function printModel(model: BinderModel, publicBase: string): BinderPrintModel {
  const url = (route: string) => `${publicBase}${route.replace(/^\//, '')}`;
  const {training} = model.views;
  return {
    title: model.title,
    asOf: dataAsOf(model),
    builtOn: model.today,
    syntheticNote: model.dataNote,
    kpis: model.views['kpi-scorecard'].rows.map((r) => ({name: r.name, status: r.status, value: r.valueText, target: r.targetText, trend: r.trendText, owner: r.ownerName})),
    signoffs: model.views['sign-offs'].rows.map((r) => ({domain: r.domainName, state: r.state, signer: r.signer})),
    readiness: model.views.readiness.rows.map((r) => ({domain: r.domainName, text: r.text, state: r.state})),
    labs: training.labs.map((l) => ({title: l.title, url: url(l.route), duration: `${l.minutes} min`, audience: l.audience, steps: l.steps, outcomes: l.outcomes})),
    sessions: training.recordings.map((r) => ({title: r.title, kind: r.kind, url: url(r.route)})),
  };
}
