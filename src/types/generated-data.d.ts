/**
 * Page data that plugins write with `createData` and one page's component imports. The files
 * exist only once Docusaurus has loaded the plugins, so their types are declared here.
 */
declare module '@generated/ax-doc-checks/default/rules.json' {
  const rules: import('../checks/rule').RuleMeta[];
  export default rules;
}
