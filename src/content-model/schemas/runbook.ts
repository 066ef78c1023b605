import * as z from 'zod';
import {componentIds} from '../registry/components';
import {teamIds} from '../registry/teams';
import {severityIds} from '../ops/severity';
import {ERROR_ID_PATTERN} from '../../error-catalog/id';
import {baseFields} from './base';

/** An alert name (PascalCase) or an error ID from the catalog (AX and four digits). */
export const runbookTrigger = z
  .string()
  .regex(new RegExp(`^(?:${ERROR_ID_PATTERN.source.slice(1, -1)}|[A-Z][A-Za-z0-9]+)$`), {error: 'expected an alert name in PascalCase or an error ID like AX1042'});

/** Whether a trigger names an error ID rather than an alert. */
export function isErrorIdTrigger(trigger: string): boolean {
  return ERROR_ID_PATTERN.test(trigger);
}

/** An operations runbook: what to do when an alert fires or an error spikes. */
export const runbookSchema = z
  .object({
    ...baseFields,
    /** The content kind. */
    kind: z.literal('runbook'),
    /** Severity the incident usually opens at; defined once in src/content-model/ops/severity.ts. */
    severity: z.enum(severityIds),
    /** Alert names and error IDs that send the on-call engineer here; checked against the alert list and the error catalog. */
    triggers: z.array(runbookTrigger).min(1),
    /** Components from the registry this runbook operates on. */
    services: z.array(z.enum(componentIds)).min(1),
    /** Team whose escalation contact the runbook shows; read from the team registry. */
    escalation: z.enum(teamIds),
    /** Days between drills; the newest log in runbooks/_drills sets the last drilled date. Defaults to 90. */
    drill_interval: z.number().int().positive().max(365).optional(),
  })
  .strict();

export type RunbookFrontmatterInput = z.input<typeof runbookSchema>;
export type RunbookFrontmatter = z.output<typeof runbookSchema>;
