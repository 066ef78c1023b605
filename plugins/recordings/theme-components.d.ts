/** `@theme` components of the recordings plugin (its `theme/` folder). A site can swizzle either. */
declare module '@theme/RecordingPage' {
  export default function RecordingPage(props: {recording: import('../../src/recordings/types').RecordingView}): import('react').ReactElement;
}
declare module '@theme/RecordingIndexPage' {
  export default function RecordingIndexPage(props: {recordings: Omit<import('../../src/recordings/types').RecordingView, 'chapters'>[]}): import('react').ReactElement;
}
