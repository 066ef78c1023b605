import * as z from 'zod';

/**
 * The shape of the security and maintenance policy (issue 18). The data lives in
 * `security/policy.ts`; pages, runbooks, the Renovate config test, the vulnerability matcher
 * and the dashboard all read it, so an SLA or a label is written once.
 */

/** Advisory severities, most severe first, as OSV's `database_specific.severity` spells them in lower case. */
export const advisorySeverities = ['critical', 'high', 'medium', 'low'] as const;
export type AdvisorySeverity = (typeof advisorySeverities)[number];

/** What the scans cover: npm packages, Rust crates, Docker images and the runtime's host dependencies. */
export const ecosystems = ['npm', 'crates', 'docker', 'runtime'] as const;
export type Ecosystem = (typeof ecosystems)[number];

/** Semantic-version classes of an update, as Renovate names them. */
export const updateTypes = ['patch', 'minor', 'major'] as const;
export type UpdateType = (typeof updateTypes)[number];

const severitySlaSchema = z
  .object({
    /** Advisory severity this SLA applies to. */
    severity: z.enum(advisorySeverities),
    /** Lowest CVSS base score of the band (inclusive), for advisories that give a score. */
    minCvss: z.number().min(0).max(10),
    /** Hours from detection to every affected artifact patched or mitigated and deployed. */
    fixWithinHours: z.number().int().positive(),
    /** Whether a finding past this SLA fails CI (rather than only showing on the dashboard). */
    failsCiWhenLate: z.boolean(),
    /** The typed alert a finding past its SLA fires; null when none pages. */
    alert: z.string().regex(/^[A-Z][A-Za-z0-9]+$/).nullable(),
  })
  .strict();

const riskLabelSchema = z
  .object({
    /** Semantic-version class of the update. */
    updateType: z.enum(updateTypes),
    /** Label the update pull request carries, `risk:<level>`. */
    label: z.string().regex(/^risk:(low|medium|high)$/, 'expected risk:low, risk:medium or risk:high'),
    /** Whether the pull request waits for approval on the dependency dashboard before it is opened. */
    needsDashboardApproval: z.boolean(),
  })
  .strict();

const scanSchema = z
  .object({
    /** Ecosystem scanned. */
    ecosystem: z.enum(ecosystems),
    /** What is scanned, in words, for the guide. */
    scope: z.string().min(1),
    /** Components (registry ids) whose artifacts must be scanned in this ecosystem. */
    components: z.array(z.string().min(1)).min(1),
    /** Hours between scans. */
    everyHours: z.number().int().positive(),
    /** A snapshot older than this cannot attest to anything: the dashboard says so instead of showing 0. */
    attestForHours: z.number().int().positive(),
  })
  .strict();

export const securityPolicySchema = z
  .object({
    /** One SLA per advisory severity, most severe first. */
    severitySlas: z.array(severitySlaSchema).length(advisorySeverities.length),
    /** When the update bot opens pull requests. */
    updateCadence: z
      .object({
        /** The schedule in words, for pages. */
        summary: z.string().min(1),
        /** The same schedule in Renovate's syntax; `renovate.json` must use exactly this. */
        renovateSchedule: z.array(z.string().min(1)).min(1),
        /** Time zone the schedule is read in. */
        timezone: z.string().min(1),
        /** Days a release must have been public before the bot proposes it. */
        minimumReleaseAgeDays: z.number().int().min(0),
        /** Package name patterns updated together in one pull request, by group name. */
        groups: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
      })
      .strict(),
    /** The risk label of each update type. */
    riskLabels: z.array(riskLabelSchema).length(updateTypes.length),
    /** When a merged update is rolled back without a person deciding. */
    autoRollback: z
      .object({
        /** Minutes after deploy during which the health checks can trigger a rollback. */
        watchMinutes: z.number().int().positive(),
        /** Error-rate increase over the pre-deploy baseline, in percentage points, that triggers it. */
        errorRateIncreasePoints: z.number().positive(),
        /** What the rollback does, in words. */
        action: z.string().min(1),
      })
      .strict(),
    /** What the daily scans cover. */
    scanCoverage: z.array(scanSchema).length(ecosystems.length),
    /** Licences (SPDX ids) a new dependency may not bring in without an approval. */
    copyleftLicences: z.array(z.string().min(1)).min(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    const order = p.severitySlas.map((s) => s.severity).join(',');
    if (order !== advisorySeverities.join(',')) ctx.addIssue({code: 'custom', path: ['severitySlas'], message: `expected one SLA per severity in the order ${advisorySeverities.join(', ')}`});
    const types = p.riskLabels.map((r) => r.updateType).join(',');
    if (types !== updateTypes.join(',')) ctx.addIssue({code: 'custom', path: ['riskLabels'], message: `expected one label per update type in the order ${updateTypes.join(', ')}`});
    const scanned = p.scanCoverage.map((s) => s.ecosystem).join(',');
    if (scanned !== ecosystems.join(',')) ctx.addIssue({code: 'custom', path: ['scanCoverage'], message: `expected one scan per ecosystem in the order ${ecosystems.join(', ')}`});
  });

export type SecurityPolicyInput = z.input<typeof securityPolicySchema>;
export type SecurityPolicy = z.output<typeof securityPolicySchema>;
