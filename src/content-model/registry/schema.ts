import * as z from 'zod';

/** A squad of the ax organisation (PRD §8), addressable by its stable id. */
export const teamSchema = z
  .object({
    /** Stable, lower-case id that pages name in their `owner` field. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Display name, as the PRD spells it. */
    name: z.string().min(1),
    /** One sentence on what the team answers for. */
    mission: z.string().min(1),
    /** Chat channel where the team takes questions. */
    channel: z.string().regex(/^#[a-z0-9-]+$/),
    /** Name of the on-call rotation in the paging tool. */
    onCall: z.string().min(1),
    /** Who to escalate to when the on-call engineer does not answer. */
    escalation: z.object({
      /** The role that receives escalations. */
      role: z.string().min(1),
      /** A mailing alias for that role, never a person's private address. */
      contact: z.string().email(),
      /** Minutes to wait for the on-call acknowledgement before escalating. */
      afterMinutes: z.number().int().positive(),
    }),
    /** Engineers in the squad, from PRD §8. */
    headcount: z.number().int().positive(),
    /** Id of the team this one reports into, if any. */
    parent: z.string().optional(),
  })
  .strict();

/** A platform component and the team that owns it. */
export const componentSchema = z
  .object({
    /** Stable id used in `services` and `covers` references. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Display name. */
    name: z.string().min(1),
    /** What the component does, in one sentence. */
    summary: z.string().min(1),
    /** Id of the owning team; must exist in the team registry. */
    owner: z.string(),
    /** Source repository path inside the ax monorepo. */
    repoPath: z.string().min(1),
    /** Support tier: 1 pages the on-call at any hour, 2 in business hours, 3 best effort. */
    tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  })
  .strict();

export type TeamInput = z.input<typeof teamSchema>;
export type Team = z.output<typeof teamSchema>;
export type ComponentInput = z.input<typeof componentSchema>;
export type Component = z.output<typeof componentSchema>;
