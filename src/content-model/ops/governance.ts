import * as z from 'zod';
import {teamIds} from '../registry/teams';
import {severityIds} from './severity';

/** A contribution tier: what a contributor at this level may do and how they reach it. */
const tierSchema = z
  .object({
    /** Stable id. */
    id: z.enum(['newcomer', 'contributor', 'trusted', 'maintainer']),
    /** Display name. */
    name: z.string().min(1),
    /** How a contributor reaches the tier. */
    requirement: z.string().min(1),
    /** What the tier may do. */
    may: z.array(z.string().min(1)).min(1),
    /** Hours within which a submission from this tier gets its first review. */
    reviewSlaHours: z.number().positive(),
  })
  .strict();

/** Review SLA for a reported problem, by severity: hours to the first response and to a decision. */
const reportSlaSchema = z
  .object({
    /** Severity of the report. */
    severity: z.enum(severityIds),
    /** Hours to the first response from a moderator. */
    firstResponseHours: z.number().positive(),
    /** Hours to a decision. */
    decisionHours: z.number().positive(),
  })
  .strict();

/** The community governance policy, written once; the governance guide is generated from it. */
export const governancePolicySchema = z
  .object({
    /** Contribution tiers, lowest first. */
    tiers: z.array(tierSchema).min(1),
    /** Review SLAs for reports against listings, by severity. */
    reportSlas: z.array(reportSlaSchema).length(severityIds.length),
    /** Escalation path, in order: who takes a case when the previous step cannot settle it. */
    escalation: z.array(z.object({/** Who. */ step: z.string().min(1), /** Team id, when a team owns the step. */ team: z.enum(teamIds).optional(), /** When to move on. */ when: z.string().min(1)}).strict()).min(2),
    /** Signals that raise or lower reputation. */
    reputationSignals: z.array(z.object({/** The signal. */ signal: z.string().min(1), /** Points added or removed. */ points: z.number().int()}).strict()).min(1),
    /** Enforcement levers, mildest first. */
    enforcement: z.array(z.object({/** The lever. */ lever: z.string().min(1), /** When it is used. */ when: z.string().min(1), /** Who may pull it. */ decidedBy: z.enum(teamIds)}).strict()).min(1),
    /** The recurring moderation cadence and who owns each meeting. */
    cadence: z.array(z.object({/** What happens. */ activity: z.string().min(1), /** How often. */ every: z.string().min(1), /** Owning team. */ owner: z.enum(teamIds)}).strict()).min(1),
    /** The marketplace submission checklist, in order. */
    submissionChecklist: z.array(z.object({/** Stable id, kept in the browser's progress. */ id: z.string().regex(/^[a-z][a-z0-9-]*$/), /** What to do. */ text: z.string().min(1), /** Automated by the publish pipeline, or confirmed by the contributor. */ automated: z.boolean()}).strict()).min(1),
  })
  .strict();

export type GovernancePolicy = z.output<typeof governancePolicySchema>;

export const governancePolicy: GovernancePolicy = governancePolicySchema.parse({
  tiers: [
    {id: 'newcomer', name: 'Newcomer', requirement: 'Accepted the marketplace policy with `ax login`', may: ['Publish plugins as unlisted previews', 'Comment on listings', 'Report abuse'], reviewSlaHours: 72},
    {id: 'contributor', name: 'Contributor', requirement: 'Two published plugins with no upheld report in 90 days', may: ['Publish listed plugins after review', 'Respond to reviews of their plugins'], reviewSlaHours: 48},
    {id: 'trusted', name: 'Trusted publisher', requirement: 'Reputation 500 or more and a verified organisation', may: ['Publish patch versions without manual review', 'Receive the trusted badge', 'Triage reports on their own listings'], reviewSlaHours: 24},
    {id: 'maintainer', name: 'Community maintainer', requirement: 'Nominated by the Runtime Squad and approved by Product Management', may: ['Review submissions from lower tiers', 'Hide a listing pending review', 'Propose policy changes'], reviewSlaHours: 8},
  ],
  reportSlas: [
    {severity: 'SEV-1', firstResponseHours: 1, decisionHours: 4},
    {severity: 'SEV-2', firstResponseHours: 4, decisionHours: 24},
    {severity: 'SEV-3', firstResponseHours: 24, decisionHours: 72},
    {severity: 'SEV-4', firstResponseHours: 72, decisionHours: 168},
  ],
  escalation: [
    {step: 'Community maintainer on the moderation rota', when: 'First review of any report or submission'},
    {step: 'Runtime Squad on-call', team: 'runtime', when: 'Security, malware or a decision the maintainer cannot take alone'},
    {step: 'Product manager', team: 'product', when: 'Appeals, policy interpretation and delisting a trusted publisher'},
    {step: 'Legal review', team: 'product', when: 'Licence, trademark or takedown requests, booked by the product manager'},
  ],
  reputationSignals: [
    {signal: 'Plugin version published with a passing automated lint', points: 10},
    {signal: 'Review accepted on another contributor’s submission', points: 15},
    {signal: 'Security report confirmed and fixed within its SLA', points: 50},
    {signal: 'Report against a listing upheld', points: -100},
    {signal: 'Version yanked for a policy breach', points: -200},
  ],
  enforcement: [
    {lever: 'Warning with a fix-by date', when: 'A first, minor policy breach', decidedBy: 'runtime'},
    {lever: 'Listing hidden pending review', when: 'A credible report of malware, data misuse or licence breach', decidedBy: 'runtime'},
    {lever: 'Version yanked and installs warned', when: 'A confirmed security or policy breach in a published version', decidedBy: 'runtime'},
    {lever: 'Publisher suspended', when: 'Repeated or deliberate breaches', decidedBy: 'product'},
  ],
  cadence: [
    {activity: 'Moderation queue sweep: every submission past half its SLA', every: 'Daily, 09:00 UTC', owner: 'runtime'},
    {activity: 'Appeals and escalations review', every: 'Weekly, Tuesdays', owner: 'product'},
    {activity: 'Policy check accuracy review: false positives and misses', every: 'Fortnightly', owner: 'runtime'},
    {activity: 'Contributor office hours', every: 'Weekly, Thursdays', owner: 'docs'},
  ],
  submissionChecklist: [
    {id: 'policy', text: 'Accept the marketplace policy (`ax login` asks once per policy version)', automated: false},
    {id: 'lint', text: 'Pass `ax plugin validate`: the automated lint of manifest, permissions and bundle size', automated: true},
    {id: 'metadata', text: 'Fill the required metadata: name, summary, licence, support contact, compatible runtime versions', automated: true},
    {id: 'permissions', text: 'Explain every requested permission in the listing’s description', automated: false},
    {id: 'sbom', text: 'Ship the SBOM the build produced, unmodified; the pipeline signs it with the bundle', automated: true},
    {id: 'changelog', text: 'Write a changelog entry for the version', automated: false},
  ],
});
