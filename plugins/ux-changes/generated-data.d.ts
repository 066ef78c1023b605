/**
 * The page data the ux-changes plugin writes with `createData`: the UX changes page's theme
 * components import it. Declared here so they type-check on a fresh clone, before any build.
 */
declare module '@generated/ax-ux-changes/default/ux-changes.json' {
  const view: import('../../src/ux/changes-view').UxChangesView;
  export default view;
}
