/**
 * The page data the doc-checks plugin writes with `createData`: the rules page imports it.
 * Declared here so the theme components type-check on a fresh clone, before any build.
 */
declare module '@generated/ax-doc-checks/default/rules.json' {
  const rules: import('../../src/checks/rule').RuleMeta[];
  export default rules;
}
