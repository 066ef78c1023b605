import {binderChapters} from '../binder/views/chapters';
import {generatedBases, routes} from '../routes/table';
import {pageKinds, type PageKind} from './papercut';

/** One representative route per page kind, from the route table. */
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
  binder: routes.binderChapter('executive-summary'),
};

/**
 * What the UX walk visits per page kind: the representative route, except the binder, whose
 * ten chapters each render their own tables and so are all walked.
 */
export const walkRoutes = {} as Record<PageKind, readonly string[]>;
for (const kind of pageKinds) walkRoutes[kind] = kind === 'binder' ? binderChapters.map((c) => c.route) : [pageKindRoutes[kind]];
