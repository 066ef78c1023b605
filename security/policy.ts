import type {SecurityPolicyInput} from '../src/security/policy-schema';

/**
 * The ax security and maintenance policy: SLAs, update cadence, risk labels, auto-rollback and
 * scan coverage. Plain data (the schema is a type-only import), so MDX pages can import it
 * without pulling zod into the browser; `src/security/policy.ts` parses it for Node code and a
 * unit test keeps it valid. The DevOps squad owns it.
 */
export const securityPolicy = {
  severitySlas: [
    {severity: 'critical', minCvss: 9, fixWithinHours: 24, failsCiWhenLate: true, alert: 'CriticalCveDetected'},
    {severity: 'high', minCvss: 7, fixWithinHours: 7 * 24, failsCiWhenLate: false, alert: null},
    {severity: 'medium', minCvss: 4, fixWithinHours: 30 * 24, failsCiWhenLate: false, alert: null},
    {severity: 'low', minCvss: 0.1, fixWithinHours: 90 * 24, failsCiWhenLate: false, alert: null},
  ],
  updateCadence: {
    summary: 'every Monday before 06:00 UTC',
    renovateSchedule: ['before 6am on monday'],
    timezone: 'UTC',
    minimumReleaseAgeDays: 3,
    groups: {docusaurus: ['@docusaurus/*']},
  },
  riskLabels: [
    {updateType: 'patch', label: 'risk:low', needsDashboardApproval: false},
    {updateType: 'minor', label: 'risk:medium', needsDashboardApproval: false},
    {updateType: 'major', label: 'risk:high', needsDashboardApproval: true},
  ],
  autoRollback: {
    watchMinutes: 30,
    errorRateIncreasePoints: 1,
    action: 'reverts the merge, redeploys the previous signed artifact and reopens the pull request with the failing checks attached',
  },
  scanCoverage: [
    {ecosystem: 'npm', scope: 'npm packages of the CLI and the marketplace web app', components: ['cli', 'marketplace'], everyHours: 24, attestForHours: 36},
    {ecosystem: 'crates', scope: 'Rust crates of the plugin runtime', components: ['runtime'], everyHours: 24, attestForHours: 36},
    {ecosystem: 'docker', scope: 'OS packages of the marketplace and runtime container images', components: ['marketplace', 'runtime'], everyHours: 24, attestForHours: 36},
    {ecosystem: 'runtime', scope: 'host packages the runtime nodes run on (Debian)', components: ['runtime'], everyHours: 24, attestForHours: 36},
  ],
  copyleftLicences: ['GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'SSPL-1.0', 'EUPL-1.2'],
} as const satisfies SecurityPolicyInput;
