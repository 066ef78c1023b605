import type {z} from 'zod';
import type {exceptionSchema} from '../src/security/osv';

/**
 * Exceptions for the site's own advisories (`security/advisories/`): a VEX `not_affected`
 * statement with its justification, or an ignore-until. Every exception expires; an expired
 * one no longer silences its finding, and CI warns about it.
 */
export const siteExceptions = [
  {
    id: 'AXSIM-2026-0001',
    package: 'pkg:npm/serve-handler',
    type: 'vex',
    state: 'not_affected',
    justification: 'requires_environment',
    reason: 'serve-handler only serves the built site to local test browsers; the published site is static files behind the CDN, which never runs it.',
    expires: '2027-03-01',
  },
] as const satisfies readonly z.input<typeof exceptionSchema>[];
