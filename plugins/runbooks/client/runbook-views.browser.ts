import type {RunbookPageView} from '../../../src/content-model/ops/views/runbook-page';

const loading = new Map<string, Promise<RunbookPageView>>();
const loaded = new Map<string, RunbookPageView>();

/** The runbook's view model if its chunk has arrived, so a page rendered again does not suspend. */
export function loadedRunbookView(id: string): RunbookPageView | undefined {
  return loaded.get(id);
}

/**
 * Loads `runbook-<id>.json`: webpack splits the runbook views into one chunk each, so a runbook
 * page downloads its own view and no other. One request per id, retried after a failure.
 */
export function loadRunbookView(id: string): Promise<RunbookPageView> {
  let view = loading.get(id);
  if (!view) {
    view = import(`@generated/ax-runbooks/default/runbook-${id}.json`).then((m: {default: RunbookPageView}) => {
      loaded.set(id, m.default);
      return m.default;
    });
    view.catch(() => loading.delete(id));
    loading.set(id, view);
  }
  return view;
}
