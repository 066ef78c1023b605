import * as z from 'zod';
import {baseFields} from './base';

/** A tutorial is a guided, hands-on path with a result at the end. */
export const tutorialSchema = z
  .object({
    ...baseFields,
    /** The content kind. */
    kind: z.literal('tutorial'),
    /** How long the tutorial takes a new hire, in minutes. */
    duration_minutes: z.number().int().positive().max(480),
    /** Who the tutorial is pitched at. */
    level: z.enum(['beginner', 'intermediate', 'advanced']),
  })
  .strict();

export type TutorialFrontmatterInput = z.input<typeof tutorialSchema>;
export type TutorialFrontmatter = z.output<typeof tutorialSchema>;
