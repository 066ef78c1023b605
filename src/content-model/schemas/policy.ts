import * as z from 'zod';
import {teamIds} from '../registry/teams';
import {baseFields} from './base';

/** A policy states rules people must follow, and who approved them. */
export const policySchema = z
  .object({
    ...baseFields,
    /** The content kind. */
    kind: z.literal('policy'),
    /** Teams whose leads approved this policy. */
    approved_by: z.array(z.enum(teamIds)).min(1),
  })
  .strict();

export type PolicyFrontmatterInput = z.input<typeof policySchema>;
export type PolicyFrontmatter = z.output<typeof policySchema>;
