import {generatedBases, routes} from '../routes/table';
import type {PageKind} from './papercut';

/**
 * One representative route per page kind, from the route table: what the UX walk visits. The
 * binder (the handoff pages) is left out while its helper rebuilds it.
 */
export const pageKindRoutes: Record<PageKind, string> = {
  home: routes.home,
  doc: routes.doc('start-here'),
  error: routes.error('AX1042'),
  cli: routes.cli('plugin-publish'),
  runbook: routes.runbook('governance'),
  matrix: routes.migration('compatibility'),
  analytics: routes.analytics(),
  lab: routes.lab('first-plugin'),
  security: routes.security(),
  health: generatedBases.health,
};
