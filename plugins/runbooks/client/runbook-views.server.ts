import type {RunbookPageView} from '../../../src/content-model/ops/views/runbook-page';

// The server render cannot wait for a lazy chunk without streaming the content out of place,
// so the server bundle holds every runbook's view and reads it synchronously.
const views = require.context('@generated/ax-runbooks/default', false, /^\.\/runbook-[a-z0-9-]+\.json$/);

/** The runbook's view model; always loaded on the server. */
export function loadedRunbookView(id: string): RunbookPageView | undefined {
  return views(`./runbook-${id}.json`) as RunbookPageView;
}

export function loadRunbookView(id: string): Promise<RunbookPageView> {
  return Promise.resolve(loadedRunbookView(id)!);
}
