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
