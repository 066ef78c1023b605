/**
 * Page data that plugins write with `createData` and one page's component imports. The files
 * exist only once Docusaurus has loaded the plugins, so their types are declared here.
 */
declare module '@generated/ax-doc-checks/default/rules.json' {
  const rules: import('../checks/rule').RuleMeta[];
  export default rules;
}
declare module '@generated/ax-registry/default/ownership.json' {
  const view: import('../model/registry-views').OwnershipView;
  export default view;
}
declare module '@generated/ax-registry/default/architecture.json' {
  const view: import('../model/registry-views').ArchitectureView;
  export default view;
}
declare module '@generated/ax-registry/default/review-intervals.json' {
  const rows: import('../model/registry-views').ReviewIntervalRow[];
  export default rows;
}
