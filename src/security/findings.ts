import type {Finding, Severity} from '../checks/finding';
import {routes} from '../routes/table';

/**
 * Security checks report in the rule engine's finding shape, so `npm test` prints them like the
 * docs checks. They are not docs rules (they read no pages), so they link to the maintenance
 * guide's section on how this site practises its policy, not to the docs rules page.
 */
export const securityDocsUrl = `${routes.doc('guides/maintenance-automation')}#how-this-site-practises-it`;

/** A security finding at `file:line`. */
export function securityFinding(ruleId: string, at: {file: string; line?: number; column?: number; severity?: Severity; message: string}): Finding {
  return {file: at.file, line: at.line ?? 1, column: at.column ?? 1, ruleId, severity: at.severity ?? 'error', message: at.message, url: securityDocsUrl};
}
