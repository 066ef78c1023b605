/**
 * `@theme` components of the runbooks plugin (its `theme/` folder) that TypeScript modules
 * import; a site can swizzle any of them.
 */
declare module '@theme/RunbookMeta' {
  export default function RunbookMeta(props: {view: import('../../src/content-model/ops/views/runbook-page').RunbookPageView}): import('react').ReactElement;
}
declare module '@theme/CommsTemplates' {
  export default function CommsTemplates(props: {view: import('../../src/content-model/ops/views/runbook-page').RunbookPageView}): import('react').ReactElement;
}
declare module '@theme/DrillMode' {
  export default function DrillMode(props: {view: import('../../src/content-model/ops/views/runbook-page').RunbookPageView}): import('react').ReactElement;
}
declare module '@theme/RunbooksForError' {
  export default function RunbooksForError(props: {id: string}): import('react').ReactElement | null;
}
