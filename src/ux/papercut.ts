/**
 * One papercut of the UX hunt (issue 19): where it shows, how to photograph it, what changed and
 * why. Plain types only; the schema beside it (papercut-schema.ts) checks the list in tests, in
 * the screenshot script and in the ux-changes plugin, which hands the page its view as page data.
 */

/** The page kinds the hunt walked; the binder's chapters were walked last, once they were rebuilt. */
export const pageKinds = ['home', 'doc', 'error', 'cli', 'runbook', 'matrix', 'analytics', 'lab', 'security', 'health', 'binder'] as const;
export type PageKind = (typeof pageKinds)[number];

/** The three widths every page kind was walked at: a phone, a tablet, a laptop. */
export const viewports = [390, 768, 1280] as const;
export type Viewport = (typeof viewports)[number];

export type ColourMode = 'light' | 'dark';

/** What to photograph: the box of the first element matching a CSS selector, grown by `pad` px. */
export interface ShotTarget {
  selector: string;
  /** Extra pixels around the element's box, so its surroundings show. */
  pad?: number;
  /** Clip the shot to at most this height (px), for tall elements. */
  maxHeight?: number;
  /** An element to give keyboard focus before the shot, for focus papercuts. */
  focus?: string;
  /** An element to click before the shot, e.g. the button that opens the mobile menu. */
  click?: string;
  /** A scroll box to scroll to its right end before the shot, to show what a reader scrolls to. */
  scrollEnd?: string;
  /** Photograph the server-rendered page before any script runs: what a reader sees before hydration. */
  beforeHydration?: boolean;
}

export interface Papercut {
  /** Kebab-case; names the screenshot files `<id>-before.png` and `<id>-after.png`. */
  id: string;
  title: string;
  kind: PageKind;
  /** A route from the route table (src/routes/table.ts), with an optional `#fragment`. */
  route: string;
  viewport: Viewport;
  mode: ColourMode;
  shot: ShotTarget;
  /** Alt text of the two screenshots: what each one shows. */
  shows: {before: string; after: string};
  /** What changed, in a sentence or two. */
  changed: string;
  /** Why: the user impact, and the WCAG 2.2 success criterion where one applies. */
  why: {impact: string; wcag?: string};
}

/** The screenshot file names of a papercut, below the site's static folder. */
export function shotFiles(id: string): {before: string; after: string} {
  return {before: `img/ux-changes/${id}-before.png`, after: `img/ux-changes/${id}-after.png`};
}
