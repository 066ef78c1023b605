import * as z from 'zod';
import {baseFields} from './base';

/** A section of the stakeholder handoff binder. */
export const binderSchema = z
  .object({
    ...baseFields,
    /** The content kind. */
    kind: z.literal('binder'),
    /** Teams whose sign-off this section needs (PRD item 11: Eng, Product, Ops). */
    signoff: z.array(z.string().min(1)).min(1),
  })
  .strict();

export type BinderFrontmatterInput = z.input<typeof binderSchema>;
export type BinderFrontmatter = z.output<typeof binderSchema>;
