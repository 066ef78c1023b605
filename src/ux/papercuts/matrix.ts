import {routes} from '../../routes/table';
import type {Papercut} from '../papercut';

/** Papercuts of the compatibility matrix. */
export const matrixPapercuts: Papercut[] = [
  {
    id: 'checkbox-targets',
    title: 'Checkboxes were 13 px targets',
    kind: 'matrix',
    route: routes.migration('compatibility'),
    viewport: 390,
    mode: 'light',
    shot: {selector: '.ax-matrix__filters', pad: 8},
    shows: {
      before: 'The compatibility matrix filters on a phone: the "Only deprecated or removed" checkbox is 13 px square.',
      after: 'The same filters: the checkbox is 20 px square in the site\'s primary colour.',
    },
    changed: 'Checkboxes and radio buttons in page content and the matrix filters are 1.25rem (20 px) square and use the primary colour.',
    why: {impact: 'Checklists, quizzes and filters are ticked on phones; a 13 px box is hard to see and to hit, even with its label.', wcag: '2.5.8 Target Size (Minimum)'},
  },
];
