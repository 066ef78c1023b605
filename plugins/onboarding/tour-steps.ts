import {routes} from '../../src/routes/table';

/**
 * The guided tour of the site, started from Start here. The same steps are the plain list on
 * that page, so a reader who does not want an overlay (or whose screen hides the navbar) gets
 * everything the tour says.
 */
export interface TourStep {
  id: string;
  title: string;
  /** What the step says, one or two sentences. */
  body: string;
  /** Where the step's link goes, from the route table. */
  href: string;
  /** What the link says in the plain list. */
  linkText: string;
  /**
   * CSS selectors of the element to highlight, first visible one wins. When none is visible
   * (a narrow screen folds the navbar away) the tour highlights the step's item in the list.
   */
  targets: readonly string[];
  /** A step shown only when the part of the site it describes is built. */
  requires?: 'labs';
}

export const tourSteps: readonly TourStep[] = [
  {
    id: 'search',
    title: 'Search',
    body: 'Search finds guides, runbooks, error pages and CLI commands. Type a command, an error ID or a few words.',
    href: routes.doc('start-here'),
    linkText: 'The search box is in the navbar on every page',
    targets: ['.navbar [role="search"]', '.DocSearch-Button'],
  },
  {
    id: 'error-box',
    title: 'Got an error ID?',
    body: 'Every failing ax command ends its message with an error ID such as AX1042. Paste it here to open the page that explains the error and its fix.',
    href: routes.error(),
    linkText: 'Browse the error catalog',
    targets: ['#error-id-box'],
  },
  {
    id: 'runbooks',
    title: 'Runbooks',
    body: 'On call? Every alert and error ID has a runbook with diagnosis commands, mitigation, comms templates and a drill mode to practise it.',
    href: routes.runbook(),
    linkText: 'Open the runbooks',
    targets: [`.navbar__items a.navbar__link[href="${routes.runbook()}"]`],
  },
  {
    id: 'labs',
    title: 'Training labs',
    body: 'Hands-on labs with checkpoints the site verifies: your first plugin, triaging an error, an on-call drill, migration, governance and the stakeholder tour.',
    href: routes.doc('labs'),
    linkText: 'Open the training labs',
    targets: [],
    requires: 'labs',
  },
  {
    id: 'binder',
    title: 'Handoff binder',
    body: 'The binder collects the architecture, support model, operations and training material that stakeholders sign off.',
    href: routes.doc('handoff'),
    linkText: 'Open the handoff binder',
    targets: [`.navbar__items a.navbar__link[href="${routes.doc('handoff')}"]`],
  },
];

/** The steps whose part of the site this build has. */
export function availableTourSteps(has: {labs: boolean}): TourStep[] {
  return tourSteps.filter((s) => !s.requires || has[s.requires]);
}
