// The JSON modules the runbooks plugin writes with createData (plugins/runbooks/data-files.ts).
// Declared here so the components type-check on a fresh clone, before any build wrote them.

declare module '@generated/ax-runbooks/default/knowledge-base.json' {
  import type {KnowledgeBaseView} from '@site/src/content-model/ops/views/knowledge-base';
  const view: KnowledgeBaseView;
  export default view;
}

declare module '@generated/ax-runbooks/default/runbooks-by-trigger.json' {
  import type {RunbooksByTrigger} from '@site/src/content-model/ops/views/knowledge-base';
  const byTrigger: RunbooksByTrigger;
  export default byTrigger;
}

declare module '@generated/ax-runbooks/default/severity-and-roles.json' {
  import type {SeverityAndRolesView} from '@site/src/content-model/ops/views/guides';
  const view: SeverityAndRolesView;
  export default view;
}

declare module '@generated/ax-runbooks/default/disaster-recovery.json' {
  import type {DisasterRecoveryView} from '@site/src/content-model/ops/views/guides';
  const view: DisasterRecoveryView;
  export default view;
}

declare module '@generated/ax-runbooks/default/governance.json' {
  import type {GovernanceGuideView} from '@site/src/content-model/ops/views/guides';
  const view: GovernanceGuideView;
  export default view;
}

// Aliased by the runbooks plugin's configureWebpack: runbook-views.server.ts in the server
// bundle, runbook-views.browser.ts in the browser (plugins/runbooks/client/).
declare module '@ax-runbooks/runbook-views' {
  import type {RunbookPageView} from '@site/src/content-model/ops/views/runbook-page';
  /** The view if it is loaded: always on the server, in the browser once its chunk arrived. */
  export function loadedRunbookView(id: string): RunbookPageView | undefined;
  export function loadRunbookView(id: string): Promise<RunbookPageView>;
}
