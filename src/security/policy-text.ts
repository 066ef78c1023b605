import {securityPolicy} from '../../security/policy';
import type {AdvisorySeverity, UpdateType} from './policy-schema';

/**
 * The policy's facts as the pages word them. Free of zod (the schema is type-only), so MDX
 * pages and `@theme` components import it: `{fixWithin('critical')}` renders "24 hours".
 */

/** Hours as a reader says them: "24 hours", "7 days", "90 days". */
export function formatHours(hours: number): string {
  if (hours % 24 === 0 && hours >= 48) return `${hours / 24} days`;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** The SLA entry of a severity. */
export function slaOf(severity: AdvisorySeverity) {
  return securityPolicy.severitySlas.find((s) => s.severity === severity)!;
}

/** How long a finding of this severity may stay open, in words: `fixWithin('critical')` is "24 hours". */
export function fixWithin(severity: AdvisorySeverity): string {
  return formatHours(slaOf(severity).fixWithinHours);
}

/** The risk label of an update type, e.g. `risk:high` for a major. */
export function riskLabel(updateType: UpdateType): string {
  return securityPolicy.riskLabels.find((r) => r.updateType === updateType)!.label;
}

/** The CVSS band of a severity in words: "CVSS 9.0 or above", "CVSS 7.0 to 8.9". */
export function cvssBand(severity: AdvisorySeverity): string {
  const slas = securityPolicy.severitySlas;
  const i = slas.findIndex((s) => s.severity === severity);
  const min = slas[i]!.minCvss.toFixed(1);
  return i === 0 ? `CVSS ${min} or above` : `CVSS ${min} to ${(slas[i - 1]!.minCvss - 0.1).toFixed(1)}`;
}
