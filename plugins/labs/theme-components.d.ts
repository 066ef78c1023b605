/**
 * `@theme` components of the labs plugin (its `theme/` folder), for MDX pages and modules that
 * import them. A site can swizzle any of them.
 */
declare module '@theme/LabOverview' {
  export default function LabOverview(): import('react').ReactElement;
}
declare module '@theme/LabStep' {
  export default function LabStep(props: {id: string; children?: import('react').ReactNode}): import('react').ReactElement;
}
declare module '@theme/LabIndex' {
  export default function LabIndex(): import('react').ReactElement;
}
declare module '@theme/LabProgressPage' {
  export default function LabProgressPage(props: {labs: import('../../src/labs/types').LabSummary[]}): import('react').ReactElement;
}
declare module '@theme/LabCheckpoint' {
  export default function LabCheckpoint(props: {lab: import('../../src/labs/types').Lab; step: import('../../src/labs/types').LabStep; index: number}): import('react').ReactElement;
}
