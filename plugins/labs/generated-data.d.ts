/**
 * The lab summaries the labs plugin writes with `createData`. Declared here so the components
 * type-check on a fresh clone, before any build has written the file.
 */
declare module '@generated/ax-labs/default/labs-index.json' {
  const data: import('../../src/labs/types').LabSummary[];
  export default data;
}
