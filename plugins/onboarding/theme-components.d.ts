/**
 * `@theme` components of the onboarding plugin (its `theme/` folder) that TypeScript modules
 * import; a site can swizzle any of them.
 */
declare module '@theme/DocFeedback' {
  export interface DocFeedbackProps {
    /** Site path the feedback is about; the current page's by default. */
    page?: string;
    /** The question, when it is about something narrower than the page (a lab checkpoint). */
    question?: string;
  }
  export default function DocFeedback(props: DocFeedbackProps): import('react').ReactElement;
}
declare module '@theme/GuidedTour' {
  export default function GuidedTour(): import('react').ReactElement;
}
declare module '@theme/OfficeHours' {
  export default function OfficeHours(): import('react').ReactElement;
}
