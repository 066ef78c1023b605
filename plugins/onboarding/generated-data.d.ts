// The JSON modules the onboarding plugin writes with createData (plugins/onboarding/index.ts).
// Declared here so the components type-check on a fresh clone, before any build wrote them.

declare module '@generated/ax-onboarding/default/tour.json' {
  import type {TourStep} from '@site/plugins/onboarding/tour-steps';
  const steps: TourStep[];
  export default steps;
}

declare module '@generated/ax-onboarding/default/office-hours.json' {
  import type {OfficeHoursView} from '@site/plugins/onboarding/office-hours-view';
  const view: OfficeHoursView;
  export default view;
}
