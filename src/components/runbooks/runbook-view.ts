import {use} from 'react';
import {loadedRunbookView, loadRunbookView} from '@ax-runbooks/runbook-views';
import type {RunbookPageView} from '@site/src/content-model/ops/views/runbook-page';

/**
 * One runbook's view model, written by the runbooks plugin as `runbook-<id>.json`. The runbook
 * layout serves every runbook, so it cannot import one page's file statically; the plugin points
 * `@ax-runbooks/runbook-views` at a synchronous reader for the server render and at a chunk
 * loader in the browser. Suspends until the chunk arrives: wrap the caller in `<Suspense>`.
 */
export function useRunbookView(id: string): RunbookPageView {
  return loadedRunbookView(id) ?? use(loadRunbookView(id));
}
