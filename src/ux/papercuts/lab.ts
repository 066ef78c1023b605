import {routes} from '../../routes/table';
import type {Papercut} from '../papercut';

/** Papercuts of the training labs. */
export const labPapercuts: Papercut[] = [
  {
    id: 'lab-answer-input',
    title: 'Lab answer fields were bare 21 px boxes in dark mode',
    kind: 'lab',
    route: routes.lab('first-plugin'),
    viewport: 390,
    mode: 'dark',
    shot: {selector: "form[data-level='command']", pad: 8},
    shows: {
      before: 'The "Checkpoint 2" command check on a phone in dark mode: a thin unstyled answer field and a Check button with 11 px text.',
      after: 'The same checkpoint: the answer field is padded, bordered and full height, and the Check button\'s text is 14 px.',
    },
    changed: 'Text fields and text areas in lab checkpoints use the site\'s field style (padding, border at 3:1, page background, readable placeholder).',
    why: {impact: 'Learners type commands into these fields on every step; a field that barely shows in dark mode slows each checkpoint.', wcag: '1.4.11 Non-text Contrast'},
  },
];
