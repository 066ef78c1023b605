import {routes} from '../../routes/table';
import type {Papercut} from '../papercut';

/** Papercuts of the generated reference pages: CLI commands and the security dashboard. */
export const referencePapercuts: Papercut[] = [
  {
    id: 'cli-table-keyboard-scroll',
    title: 'CLI flag tables could not be scrolled by keyboard',
    kind: 'cli',
    route: routes.cli('plugin-publish'),
    viewport: 390,
    mode: 'light',
    shot: {selector: "section[aria-labelledby='flags'] .ax-table-wrap", pad: 8, maxHeight: 360, focus: "section[aria-labelledby='flags'] .ax-table-wrap"},
    shows: {
      before: 'The flags table of ax plugin publish on a phone, after a key press: it is wider than the screen and scrolls, but nothing can take keyboard focus to scroll it, and "--channel" breaks after its dashes.',
      after: 'The same table: its scroll box is focused and outlined, so arrow keys scroll it, and "--channel" stays on one line; screen readers call the box "Flags of ax plugin publish, scrolls sideways".',
    },
    changed: 'Tables on CLI command pages sit in a labelled, focusable scroll region (src/components/TableScroll); every focusable element with a tabindex shows the site\'s focus outline; flag names in a table\'s first column no longer wrap.',
    why: {impact: 'Without focus, keyboard users could not reach the Default and Description columns on a narrow screen.', wcag: '2.1.1 Keyboard'},
  },
  {
    id: 'security-table-keyboard-scroll',
    title: 'Security dashboard tables could not be scrolled by keyboard',
    kind: 'security',
    route: routes.security(),
    viewport: 390,
    mode: 'dark',
    shot: {selector: 'main .ax-table-wrap', pad: 8, maxHeight: 360, focus: 'main .ax-table-wrap'},
    shows: {
      before: 'The security dashboard\'s alerts table on a phone in dark mode: it overflows the screen and cannot be focused to scroll.',
      after: 'The same table: its scroll region takes focus, shows the focus outline and is named after the table\'s caption.',
    },
    changed: 'All sixteen tables of the security dashboard sit in labelled, focusable scroll regions, as the runbook tables already did.',
    why: {impact: 'Axe reported 16 scrollable regions without keyboard access at 390 px; the runbook for a firing alert was off-screen in the last column.', wcag: '2.1.1 Keyboard'},
  },
];
