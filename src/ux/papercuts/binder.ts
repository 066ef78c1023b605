import {routes} from '../../routes/table';
import type {Papercut} from '../papercut';

/**
 * Papercuts of the handoff binder's chapters, walked last (`npm run ux:walk -- --kind binder`):
 * every chapter at 390, 768 and 1280 px, light and dark, with the keyboard pass and the
 * screen-reader tree. Two fixes found there change only what a screen reader reads, so they have
 * no screenshot and are described on the UX changes page instead: section regions named by their
 * heading's anchor link too, and ten readiness links all named "Evidence".
 */
export const binderPapercuts: Papercut[] = [
  {
    id: 'binder-table-keyboard-scroll',
    title: 'Binder tables wider than a phone could not be scrolled by keyboard',
    kind: 'binder',
    route: routes.binderChapter('kpi-scorecard'),
    viewport: 390,
    mode: 'dark',
    shot: {selector: 'main[data-binder-chapter] .ax-table-wrap', pad: 8, maxHeight: 360, focus: 'main[data-binder-chapter] .ax-table-wrap'},
    shows: {
      before: 'The KPI scorecard on a phone, keyboard focus sent to its scroll box: the eight-column table runs off the right edge, no focus ring shows because nothing in it takes focus, so the arrow keys cannot bring its other columns into view.',
      after: 'The same table, keyboard focus sent to its scroll box: it takes focus and shows the site\'s focus ring, and the arrow keys scroll it sideways.',
    },
    changed: 'Every binder table\'s scroll box is a focusable region named after its caption ("…, scrolls sideways"), as the CLI and security tables already were. The walk found five tables with nothing focusable inside that scroll at 390 px (scorecard, office hours, training KPIs, sign-offs, evidence hashes); the scorecard and sign-offs still scroll at 768 px.',
    why: {impact: 'On a phone a keyboard or switch user could read only the first columns of those tables: the scorecard\'s targets and owners, the sign-offs\' dates and the evidence hashes were out of reach.', wcag: '2.1.1 Keyboard'},
  },
];
