import * as z from 'zod';
import {baseFields} from './base';

/** An operations runbook: what to do when an alert fires or an error spikes. */
export const runbookSchema = z
  .object({
    ...baseFields,
    /** The content kind. */
    kind: z.literal('runbook'),
  })
  .strict();

export type RunbookFrontmatterInput = z.input<typeof runbookSchema>;
export type RunbookFrontmatter = z.output<typeof runbookSchema>;
