import {routes} from '../../routes/table';
import type {Papercut} from '../papercut';

/** Papercuts of the home page. */
export const homePapercuts: Papercut[] = [
  {
    id: 'home-card-buttons',
    title: 'Home page buttons ran out of their cards',
    kind: 'home',
    route: routes.home,
    viewport: 1280,
    mode: 'light',
    shot: {selector: "main [class*='grid']", pad: 24},
    shows: {
      before: 'The four reader cards at 1280 px: "Open the handoff binder" and "Read the contributing guide" stick out past the right edge of their cards.',
      after: 'The same cards: every button wraps inside its card, and the four buttons line up along the cards\' feet.',
    },
    changed: 'Buttons in the home cards may wrap and are capped at the card\'s width; each card is a column with its button pushed to the bottom.',
    why: {impact: 'A button that crosses its card\'s border looks broken and reads as belonging to the next card.', wcag: '1.4.10 Reflow'},
  },
  {
    id: 'architecture-map-labels',
    title: 'Architecture map labels were too small to read',
    kind: 'home',
    route: routes.home,
    viewport: 1280,
    mode: 'dark',
    shot: {selector: "[data-testid='architecture-map']", pad: 8, maxHeight: 480},
    shows: {
      before: 'The top half of the architecture map in dark mode: edge labels such as "ax plugin publish" and the team names are set at 13 px, about 9 px cap height.',
      after: 'The same map: edge labels and team names at 14 px, the labels in a medium weight.',
    },
    changed: 'Edge labels and the team line of each box are drawn at 14 px instead of 13 px; edge labels use a medium weight.',
    why: {impact: 'The map is the first picture of the platform a newcomer sees; its connection labels carry the meaning and were the smallest text on the page.', wcag: '1.4.4 Resize Text'},
  },
  {
    id: 'error-id-input',
    title: 'The error ID box was a bare 21 px field',
    kind: 'home',
    route: routes.home,
    viewport: 390,
    mode: 'dark',
    shot: {selector: "form[aria-label='Jump to an error']", pad: 12},
    shows: {
      before: 'The "Got an error ID?" form on a phone in dark mode: an unstyled grey field 21 px high with a faint placeholder, next to a taller button.',
      after: 'The same form: the field has the site\'s border, background and padding, is as tall as the button, and its placeholder is legible.',
    },
    changed: 'The error ID field is drawn like the site\'s other fields: 2.25rem high, padded, with a border at 3:1 against the page and a placeholder in a readable grey.',
    why: {impact: 'On call on a phone, the error box is the fastest way to a runbook; a thin, low-contrast field is hard to find and to tap.', wcag: '1.4.11 Non-text Contrast'},
  },
];
