import type {ClientModule} from '@docusaurus/types';
import {routes} from '@site/src/routes/table';
import {loadRunbookView} from '@site/src/components/runbooks/runbook-view';

const runbookBase = `${routes.runbook()}/`;

/**
 * Starts loading a runbook's view model when navigation to it begins, alongside the route's own
 * chunks, so the facts table and drill mode render with the page instead of a moment after.
 * The last path segment is the doc id for every runbook without a `slug`; a miss just loads late.
 */
const prefetchRunbookView: ClientModule = {
  onRouteUpdate({location}) {
    const at = location.pathname.indexOf(runbookBase);
    if (at < 0) return;
    const id = location.pathname.slice(at + runbookBase.length).replace(/\/$/, '');
    if (/^[a-z0-9-]+$/.test(id)) loadRunbookView(id).catch(() => undefined);
  },
};

export default prefetchRunbookView;
