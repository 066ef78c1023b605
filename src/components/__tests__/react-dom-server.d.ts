declare module 'react-dom/server' {
  import type {ReactElement} from 'react';
  /** Renders a tree to HTML without hydration markers. */
  export function renderToStaticMarkup(element: ReactElement): string;
}
