import {isoDay} from '../../content-model/dates';
import {signoffStates} from '../../binder/signoff-states';
import {defineRule} from '../rule';
import type {SiteModel} from '../site-model';

/**
 * A handoff sign-off that does not hold: unreadable, signed by the wrong role or key, expired,
 * or approving sources that changed since. An UNSIGNED domain is not a finding: the binder
 * shows it as UNSIGNED, which is the honest state until someone signs.
 */
export const binderSignoffRule = defineRule<SiteModel>(
  {
    id: 'binder/signoff',
    description: 'Every recorded handoff sign-off verifies, is not expired, and approves the sources as they are now.',
    rationale: 'Issue 17: a sign-off approves the hash of exactly its sources; an edit in scope must show, not pass silently.',
    defaultSeverity: 'error',
  },
  (site, report) => {
    // Expiry is judged at the end of the checked day, so `--today` pins it like freshness.
    const now = `${site.today || isoDay()}T23:59:59Z`;
    for (const d of signoffStates(site.root, now)) {
      if (d.state === 'INVALID') report({file: d.file, line: 1, message: d.reason});
      else if (d.state === 'STALE' || d.state === 'EXPIRED') report({file: d.file, line: 1, severity: 'warn', message: `Unexpected ${d.state} sign-off of ${d.domain}: ${d.reason} Expected a fresh npm run signoff -- --domain ${d.domain}`});
    }
  },
);
