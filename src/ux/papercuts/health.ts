import {routes} from '../../routes/table';
import type {Papercut} from '../papercut';

/** Papercuts of the doc health page. */
export const healthPapercuts: Papercut[] = [
  {
    id: 'health-zero-pages',
    title: 'Doc health said "All 0 pages" and "All 1 pages"',
    kind: 'health',
    route: routes.health(),
    viewport: 1280,
    mode: 'light',
    shot: {selector: "section[aria-labelledby='health-quality']", pad: 12},
    shows: {
      before: 'The Quality Squad section of /health: "All 0 pages are within their review interval."',
      after: 'The same section: "This team owns no pages yet, so there is nothing to review."',
    },
    changed: 'Counts on /health go through one helper (src/text/count.ts): no pages, one page and many pages each get their own sentence, and "1 days" reads "1 day".',
    why: {impact: '"All 0 pages" claims a clean bill of health for a team that owns nothing, which hides a gap in ownership; "All 1 pages" reads as a bug.'},
  },
];
