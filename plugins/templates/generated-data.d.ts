/**
 * The view model the templates plugin writes with `createData` (see
 * `src/template-model/views.ts`). Declared here so the components type-check on a fresh clone,
 * before any build has written the file.
 */
declare module '@generated/ax-templates/default/template-matrix.json' {
  const data: import('../../src/template-model/views').TemplateMatrixView;
  export default data;
}
