import * as z from 'zod';
import {commsTemplates} from './comms';

// The comms lead's duties quote the comms templates' own deadlines.
const commsTemplate = (stage: string) => commsTemplates.find((t) => t.stage === stage)!;

/** One incident severity level: the single definition every runbook and page reads. */
export const severitySchema = z
  .object({
    /** Stable id used in runbook front matter, e.g. `SEV-1`. */
    id: z.string().regex(/^SEV-[1-4]$/),
    /** Short name shown beside the id. */
    name: z.string().min(1),
    /** What makes an incident this severe. */
    definition: z.string().min(1),
    /** Concrete ax examples, so the on-call engineer can match quickly. */
    examples: z.array(z.string().min(1)).min(1),
    /** Minutes within which the on-call engineer must acknowledge the page. */
    ackMinutes: z.number().int().positive(),
    /** Whether an incident commander is appointed. */
    needsCommander: z.boolean(),
    /** Whether the status page is updated. */
    publicStatusPage: z.boolean(),
    /** Whether the incident is paged outside business hours. */
    pagesAfterHours: z.boolean(),
    /** Days within which the post-incident review is held; null when none is required. */
    reviewWithinDays: z.number().int().positive().nullable(),
  })
  .strict();

export type SeverityInput = z.input<typeof severitySchema>;
export type Severity = z.output<typeof severitySchema>;

const severityInputs = [
  {
    id: 'SEV-1',
    name: 'Critical',
    definition: 'ax is down or unsafe for many customers: plugins cannot run or install, data is lost or exposed, or a signing key is compromised.',
    examples: ['The plugin runtime rejects every invocation in a region', 'A critical CVE is exploitable in the runtime sandbox', 'The marketplace serves a tampered plugin bundle'],
    ackMinutes: 5,
    needsCommander: true,
    publicStatusPage: true,
    pagesAfterHours: true,
    reviewWithinDays: 3,
  },
  {
    id: 'SEV-2',
    name: 'Major',
    definition: 'A core flow is degraded for many customers or broken for some, with no acceptable workaround.',
    examples: ['Plugin publishing fails for every contributor', 'Runtime latency above the SLO for 15 minutes', 'Telemetry ingestion more than 30 minutes behind'],
    ackMinutes: 15,
    needsCommander: true,
    publicStatusPage: true,
    pagesAfterHours: true,
    reviewWithinDays: 5,
  },
  {
    id: 'SEV-3',
    name: 'Minor',
    definition: 'A non-core flow is degraded, or a core flow is degraded with a workaround.',
    examples: ['Marketplace search returns stale results', 'A moderation queue breaches its review SLA', 'One `ax` CLI command fails on one platform'],
    ackMinutes: 60,
    needsCommander: false,
    publicStatusPage: false,
    pagesAfterHours: false,
    reviewWithinDays: 10,
  },
  {
    id: 'SEV-4',
    name: 'Low',
    definition: 'A cosmetic fault or a risk to watch, with no customer impact today.',
    examples: ['A dashboard panel shows no data', 'A backup verification job ran late but succeeded'],
    ackMinutes: 240,
    needsCommander: false,
    publicStatusPage: false,
    pagesAfterHours: false,
    reviewWithinDays: null,
  },
] as const satisfies readonly SeverityInput[];

export type SeverityId = (typeof severityInputs)[number]['id'];

export const severities: readonly Severity[] = severityInputs.map((s) => severitySchema.parse(s));

export const severityIds = severityInputs.map((s) => s.id) as [SeverityId, ...SeverityId[]];

/** The severity with this id; throws with the valid ids otherwise. */
export function getSeverity(id: string): Severity {
  const s = severities.find((x) => x.id === id);
  if (!s) throw new Error(`Unexpected severity "${id}", expected one of: ${severityIds.join(', ')}`);
  return s;
}

/** One incident role, as defined once for every runbook. */
export const roleSchema = z
  .object({
    /** Stable id, e.g. `commander`. */
    id: z.string().regex(/^[a-z][a-z-]*$/),
    /** Display name. */
    name: z.string().min(1),
    /** What the person in this role does during the incident. */
    duties: z.array(z.string().min(1)).min(1),
    /** Who fills the role by default. */
    filledBy: z.string().min(1),
    /** The lowest-numbered severity that does not need this role; all more severe levels do. */
    fromSeverity: z.enum(severityIds),
  })
  .strict();

export type Role = z.output<typeof roleSchema>;

export const incidentRoles: readonly Role[] = [
  {
    id: 'commander',
    name: 'Incident commander',
    duties: ['Declares the incident and its severity', 'Decides, delegates and keeps the timeline', 'Hands over explicitly, never silently', 'Closes the incident and books the review'],
    filledBy: 'The first responder until the on-call engineering lead of the owning team takes over',
    fromSeverity: 'SEV-2',
  },
  {
    id: 'ops-lead',
    name: 'Operations lead',
    duties: ['Runs the runbook: diagnosis, mitigation and recovery', 'Reports findings to the commander, not to the channel at large', 'Asks for help from the owning team of each affected component'],
    filledBy: 'The on-call engineer of the owning team',
    fromSeverity: 'SEV-4',
  },
  {
    id: 'comms-lead',
    name: 'Communications lead',
    duties: [`Sends the initial message within ${commsTemplate('initial').dueWithinMinutes} minutes of declaring`, `Sends an update every ${commsTemplate('update').everyMinutes} minutes until resolved`, 'Keeps the status page and stakeholders in step'],
    filledBy: 'The on-call engineer of the Product Management rotation, or the commander for SEV-3',
    fromSeverity: 'SEV-2',
  },
  {
    id: 'scribe',
    name: 'Scribe',
    duties: ['Records decisions, commands run and their times in the incident document', 'Collects correlation IDs and graphs for the review'],
    filledBy: 'Any engineer not acting in another role',
    fromSeverity: 'SEV-1',
  },
].map((r) => roleSchema.parse(r));

/** Whether a role is staffed at this severity. */
export function roleApplies(role: Role, severity: SeverityId): boolean {
  return severityIds.indexOf(severity) <= severityIds.indexOf(role.fromSeverity as SeverityId);
}
