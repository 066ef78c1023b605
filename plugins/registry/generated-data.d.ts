/**
 * The view models the registry plugin writes with `createData` (see `src/model/registry-views.ts`).
 * Declared here so the theme components type-check on a fresh clone, before any build.
 */
declare module '@generated/ax-registry/default/ownership.json' {
  const view: import('../../src/model/registry-views').OwnershipView;
  export default view;
}
declare module '@generated/ax-registry/default/architecture.json' {
  const view: import('../../src/model/registry-views').ArchitectureView;
  export default view;
}
declare module '@generated/ax-registry/default/review-intervals.json' {
  const rows: import('../../src/model/registry-views').ReviewIntervalRow[];
  export default rows;
}
