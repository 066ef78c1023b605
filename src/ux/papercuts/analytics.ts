import {routes} from '../../routes/table';
import type {Papercut} from '../papercut';

/** Papercuts of the analytics pages. */
export const analyticsPapercuts: Papercut[] = [
  {
    id: 'analytics-chart-text',
    title: 'Analytics chart text shrank to 9 px on a phone',
    kind: 'analytics',
    route: routes.analytics(),
    viewport: 390,
    mode: 'light',
    shot: {
      selector: "[class*='chartArea']:has-text('Installs alerts, week over week')",
      scrollEnd: "[class*='chartArea']:has-text('Installs alerts, week over week') [role='region']",
      pad: 4,
      maxHeight: 420,
    },
    shows: {
      before: 'The installs alerts chart on a phone, scrolled to its right end: the 720-unit chart is squeezed to 500 px, so labels such as "slack-notify · −30.0% · firing" are 9 px.',
      after: 'The same chart scrolled to its right end: labels such as "slack-notify · −30.0% · firing" are 12 px and whole; the chart scrolls sideways inside its focusable box.',
    },
    changed: 'An SVG chart shrinks only until its smallest (13 px) text would fall below 12 px; past that it scrolls sideways in its labelled, focusable region.',
    why: {impact: 'Alert labels name the plugin and the size of the drop; at 9 px they could not be read on a phone without zooming the whole page.', wcag: '1.4.4 Resize Text'},
  },
];
