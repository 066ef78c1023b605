import {use} from 'react';
import type {RunbookPageView} from '@site/src/content-model/ops/views/runbook-page';

const loaded = new Map<string, Promise<RunbookPageView>>();

/**
 * Loads one runbook's view model, `runbook-<id>.json` from the runbooks plugin. The layout serves
 * every runbook, so it cannot import one page's file statically: webpack splits the files into one
 * chunk each and this loads the page's own. Cached, so the layout's parts share one request.
 */
export function loadRunbookView(id: string): Promise<RunbookPageView> {
  let view = loaded.get(id);
  if (!view) {
    view = import(`@generated/ax-runbooks/default/runbook-${id}.json`).then((m: {default: RunbookPageView}) => m.default);
    // A failed load (no such runbook, or a chunk lost to a deploy) is retried on the next call.
    view.catch(() => loaded.delete(id));
    loaded.set(id, view);
  }
  return view;
}

/** The runbook's view model; suspends until it is loaded, so wrap the caller in `<Suspense>`. */
export function useRunbookView(id: string): RunbookPageView {
  return use(loadRunbookView(id));
}
