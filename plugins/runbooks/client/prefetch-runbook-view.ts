import type {ClientModule} from '@docusaurus/types';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {routes} from '@site/src/routes/table';
import {loadRunbookView} from '@ax-runbooks/runbook-views';

const runbookBase = `${routes.runbook()}/`;

/**
 * Starts loading a runbook's view model for a path, so it arrives with the route's own chunks and
 * the page renders without waiting on it. The last path segment is the doc id for every runbook
 * without a `slug`; a guide's path or a miss loads nothing and costs nothing.
 */
function prefetch(pathname: string): void {
  const at = pathname.indexOf(runbookBase);
  if (at < 0) return;
  const id = pathname.slice(at + runbookBase.length).replace(/\/$/, '');
  if (/^[a-z0-9-]+$/.test(id)) loadRunbookView(id).catch(() => undefined);
}

// The first page: client modules run before hydration starts, while the route's chunks load.
if (ExecutionEnvironment.canUseDOM) prefetch(window.location.pathname);

const prefetchRunbookView: ClientModule = {
  // Later pages: called when navigation starts, before the route's chunks are loaded.
  onRouteUpdate({location}) {
    prefetch(location.pathname);
  },
};

export default prefetchRunbookView;
