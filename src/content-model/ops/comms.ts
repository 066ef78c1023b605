import * as z from 'zod';

/** The moments of an incident at which a message goes out. */
export const commsStages = ['initial', 'update', 'resolution'] as const;
export type CommsStage = (typeof commsStages)[number];

/** A comms template: who hears what, by when. The text uses `{field}` placeholders from {@link incidentFields}. */
export const commsTemplateSchema = z
  .object({
    /** Which message this is. */
    stage: z.enum(commsStages),
    /** Display name. */
    name: z.string().min(1),
    /** Who receives it. */
    audience: z.array(z.string().min(1)).min(1),
    /** Where it is posted. */
    channels: z.array(z.string().min(1)).min(1),
    /** Minutes after the incident is declared (initial) or resolved (resolution) that it is due. */
    dueWithinMinutes: z.number().int().positive().optional(),
    /** For updates: minutes between messages until the incident is resolved. */
    everyMinutes: z.number().int().positive().optional(),
    /** The message, with `{field}` placeholders. */
    text: z.string().min(1),
  })
  .strict()
  .refine((t) => (t.stage === 'update') === (t.everyMinutes !== undefined), {error: 'expected everyMinutes on the update template only'});

export type CommsTemplate = z.output<typeof commsTemplateSchema>;

/** The fields a template may name, with what each means. */
export const incidentFields = {
  incident_id: 'Incident ID from `ax incident declare`',
  title: 'What is broken, in customer terms',
  severity: 'Severity id and name',
  services: 'Affected components',
  impact: 'Who is affected and how',
  status: 'What we are doing now',
  next_update: 'Time of the next update',
  commander: 'Incident commander',
  channel: 'Owning team channel',
} as const;

export type IncidentField = keyof typeof incidentFields;
export type IncidentFields = Record<IncidentField, string>;

// Filled in the browser too, so these live in a module without zod.

export const commsTemplates: readonly CommsTemplate[] = [
  {
    stage: 'initial',
    name: 'Initial message',
    audience: ['Customers on the status page', 'Internal #ax-incidents channel', 'Support'],
    channels: ['status page', '#ax-incidents'],
    dueWithinMinutes: 5,
    text: '[{severity}] {incident_id}: {title}\nImpact: {impact}\nAffected: {services}\nWe are investigating. Incident commander: {commander}. Questions to {channel}.\nNext update by {next_update}.',
  },
  {
    stage: 'update',
    name: 'Update',
    audience: ['Customers on the status page', 'Internal #ax-incidents channel'],
    channels: ['status page', '#ax-incidents'],
    everyMinutes: 20,
    text: '[{severity}] {incident_id} update: {title}\nStatus: {status}\nImpact: {impact}\nNext update by {next_update}.',
  },
  {
    stage: 'resolution',
    name: 'Resolution message',
    audience: ['Customers on the status page', 'Internal #ax-incidents channel', 'Support', 'Product Management'],
    channels: ['status page', '#ax-incidents', 'product@ax.example'],
    dueWithinMinutes: 15,
    text: '[Resolved] {incident_id}: {title}\n{services} are operating normally. Impact was: {impact}\nA post-incident review follows; the summary will be shared by {commander}.',
  },
].map((t) => commsTemplateSchema.parse(t));

/** One message that must go out, and when. */
export interface CommsDue {
  stage: CommsStage;
  /** Minutes after the incident was declared. */
  atMinute: number;
}

/**
 * The messages an incident owes, from declaring to resolving: the initial message, one update
 * every `everyMinutes` while it is open, and the resolution message after it is resolved.
 */
export function commsSchedule(resolvedAfterMinutes: number, templates: readonly CommsTemplate[] = commsTemplates): CommsDue[] {
  const initial = templates.find((t) => t.stage === 'initial')!;
  const update = templates.find((t) => t.stage === 'update')!;
  const resolution = templates.find((t) => t.stage === 'resolution')!;
  const due: CommsDue[] = [{stage: 'initial', atMinute: initial.dueWithinMinutes!}];
  for (let m = initial.dueWithinMinutes! + update.everyMinutes!; m < resolvedAfterMinutes; m += update.everyMinutes!) {
    due.push({stage: 'update', atMinute: m});
  }
  due.push({stage: 'resolution', atMinute: resolvedAfterMinutes + resolution.dueWithinMinutes!});
  return due;
}
