import {routes} from '../../routes/table';
import type {Papercut} from '../papercut';

/** Papercuts that show on every doc page. */
export const docPapercuts: Papercut[] = [
  {
    id: 'small-button-text',
    title: 'Small buttons had 11 px text',
    kind: 'doc',
    route: routes.doc('start-here'),
    viewport: 390,
    mode: 'light',
    shot: {selector: "[data-testid='doc-feedback']", pad: 8},
    shows: {
      before: 'The "Was this helpful?" Yes and No buttons on a phone: 11.2 px text in buttons 27 px high.',
      after: 'The same buttons: 14 px text in buttons at least 32 px high.',
    },
    changed: 'Every small button on the site (feedback, Clear progress, Check, copy buttons) uses 14 px text and is at least 2rem high.',
    why: {impact: 'Infima\'s small buttons shrink text to 0.7rem; on a phone the feedback buttons were the hardest text on the page to read and to tap.', wcag: '2.5.8 Target Size (Minimum)'},
  },
  {
    id: 'menu-close-target',
    title: 'The mobile menu\'s close button was a 21 px target',
    kind: 'doc',
    route: routes.doc('start-here'),
    viewport: 390,
    mode: 'light',
    shot: {selector: '.navbar-sidebar__brand', pad: 0, click: '.navbar__toggle', focus: '.navbar-sidebar__close'},
    shows: {
      before: 'The open mobile menu\'s header with the close button focused: its outline shows a 21 px square target.',
      after: 'The same header with the close button focused: its outline shows a 44 px square target, as large as the menu button that opened it.',
    },
    changed: 'The mobile menu\'s close button is at least 2.75rem (44 px) square, its icon centred.',
    why: {impact: 'The close button sits in a corner under the thumb; at 21 px it was easy to miss and tap the logo link beside it.', wcag: '2.5.8 Target Size (Minimum)'},
  },
];
