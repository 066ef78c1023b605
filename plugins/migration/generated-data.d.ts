/**
 * The page view models the migration plugin writes with `createData` (see
 * `src/migration-model/view-models.ts`). Declared here so the components type-check on a fresh
 * clone, before any build has written the files.
 */
declare module '@generated/ax-migration/default/releases.json' {
  const data: import('../../src/migration-model/view-models').ReleasesView;
  export default data;
}
declare module '@generated/ax-migration/default/matrix.json' {
  const data: import('../../src/migration-model/view-models').MatrixView;
  export default data;
}
declare module '@generated/ax-migration/default/calendar.json' {
  const data: import('../../src/migration-model/view-models').CalendarView;
  export default data;
}
declare module '@generated/ax-migration/default/checklist.json' {
  const data: import('../../src/migration-model/view-models').ChecklistView;
  export default data;
}
declare module '@generated/ax-migration/default/breakage.json' {
  const data: import('../../src/migration-model/view-models').BreakageView;
  export default data;
}
declare module '@generated/ax-migration/default/api-status.json' {
  const data: import('../../src/migration-model/view-models').ApiStatusView;
  export default data;
}
