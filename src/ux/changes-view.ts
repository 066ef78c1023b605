import {viewports, shotFiles, type Papercut} from './papercut';
import {papercutProblems} from './papercut-schema';

/**
 * What the UX changes page shows, as plain JSON: the ux-changes plugin writes it with
 * `createData` and only that page imports it, so neither the papercut list nor its zod schema
 * reaches the browser (issue 13).
 */
export interface UxChangeView {
  id: string;
  title: string;
  /** The page kind, as the page names it ("Runbook"). */
  kindName: string;
  route: string;
  viewport: number;
  mode: 'light' | 'dark';
  wcag?: string;
  /** Site paths of the two screenshots (below the static folder) and their alt text. */
  before: {src: string; alt: string};
  after: {src: string; alt: string};
  changed: string;
  impact: string;
}

export interface UxChangesView {
  /** The walk's widths as the page's text says them: "390 px, 768 px, 1280 px". */
  widths: string;
  /** How many page kinds have at least one papercut. */
  kindCount: number;
  changes: UxChangeView[];
}

const kindNames: Record<Papercut['kind'], string> = {
  home: 'Home page',
  doc: 'Doc page',
  error: 'Error page',
  cli: 'CLI reference',
  runbook: 'Runbook',
  matrix: 'Compatibility matrix',
  analytics: 'Analytics',
  lab: 'Training lab',
  security: 'Security dashboard',
  health: 'Doc health',
  binder: 'Handoff binder',
};

/** The page's view of the papercut list; throws "Unexpected …" naming every invalid papercut. */
export function uxChangesView(list: readonly Papercut[]): UxChangesView {
  const problems = papercutProblems(list);
  if (problems.length) throw new Error(`UX changes: ${problems.join('; ')}`);
  return {
    widths: viewports.map((w) => `${w} px`).join(', '),
    kindCount: new Set(list.map((c) => c.kind)).size,
    changes: list.map((cut) => {
      const files = shotFiles(cut.id);
      return {
        id: cut.id,
        title: cut.title,
        kindName: kindNames[cut.kind],
        route: cut.route,
        viewport: cut.viewport,
        mode: cut.mode,
        ...(cut.why.wcag ? {wcag: cut.why.wcag} : {}),
        before: {src: files.before, alt: `Before: ${cut.shows.before}`},
        after: {src: files.after, alt: `After: ${cut.shows.after}`},
        changed: cut.changed,
        impact: cut.why.impact,
      };
    }),
  };
}
