// The JSON modules the onboarding plugin writes with createData (plugins/onboarding/index.ts).
// Declared here so the components type-check on a fresh clone, before any build wrote them.

declare module '@generated/ax-onboarding/default/tour.json' {
  import type {TourStep} from '@site/plugins/onboarding/tour-steps';
  const steps: TourStep[];
  export default steps;
}
