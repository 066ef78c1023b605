import {routes} from '../../routes/table';
import type {Papercut} from '../papercut';

/** Papercuts of the runbook pages. */
export const runbookPapercuts: Papercut[] = [
  {
    id: 'submission-checklist-before-hydration',
    title: 'The submission checklist\'s Clear button ignored clicks before the page loaded',
    kind: 'runbook',
    route: routes.runbook('governance'),
    viewport: 768,
    mode: 'light',
    shot: {selector: 'fieldset[data-restored]', pad: 8, maxHeight: 700, beforeHydration: true},
    shows: {
      before: 'The marketplace submission checklist as the server sends it, before scripts run: the "Clear progress" button looks ready, but a click on it does nothing and is lost.',
      after: 'The same checklist before scripts run: "Clear progress" is shown disabled until the saved ticks have been restored; ticking a box already works and is kept.',
    },
    changed: 'Boxes ticked before hydration are merged with the saved ticks (and an end-to-end test proves it with scripts held back); "Clear progress" stays disabled until that merge is done.',
    why: {impact: 'On a slow connection a contributor ticks boxes or clears them while scripts load; a lost tick or a clear that the restore undoes makes the checklist untrustworthy.', wcag: '3.2.2 On Input'},
  },
];
