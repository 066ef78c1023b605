import type {Papercut} from '../papercut';
import {analyticsPapercuts} from './analytics';
import {binderPapercuts} from './binder';
import {docPapercuts} from './doc';
import {healthPapercuts} from './health';
import {homePapercuts} from './home';
import {labPapercuts} from './lab';
import {matrixPapercuts} from './matrix';
import {referencePapercuts} from './reference';
import {runbookPapercuts} from './runbook';

/**
 * Every papercut fixed in the UX hunt of issue 19, one file per page kind: the one source of the
 * UX changes page (through the ux-changes plugin) and of `npm run ux:screenshots`. The binder's
 * chapters were walked last, once they had been rebuilt.
 */
export const papercuts: readonly Papercut[] = [
  ...homePapercuts,
  ...docPapercuts,
  ...runbookPapercuts,
  ...labPapercuts,
  ...matrixPapercuts,
  ...analyticsPapercuts,
  ...referencePapercuts,
  ...healthPapercuts,
  ...binderPapercuts,
];
