import * as z from 'zod';
import {baseFields} from './base';

/** A guide explains how and why: concepts, architecture, how-tos. */
export const guideSchema = z
  .object({
    ...baseFields,
    /** The content kind. */
    kind: z.literal('guide'),
  })
  .strict();

export type GuideFrontmatterInput = z.input<typeof guideSchema>;
export type GuideFrontmatter = z.output<typeof guideSchema>;
