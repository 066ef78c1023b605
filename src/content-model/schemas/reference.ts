import * as z from 'zod';
import {baseFields} from './base';

/** Reference material: facts to look up, often generated from a typed source. */
export const referenceSchema = z
  .object({
    ...baseFields,
    /** The content kind. */
    kind: z.literal('reference'),
  })
  .strict();

export type ReferenceFrontmatterInput = z.input<typeof referenceSchema>;
export type ReferenceFrontmatter = z.output<typeof referenceSchema>;
