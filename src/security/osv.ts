import * as z from 'zod';
import {advisorySeverities} from './policy-schema';

/**
 * The subset of the OSV format (ossf.github.io/osv-schema) the matcher reads, and the
 * exceptions that silence a finding for a while. Advisories are committed JSON, one OSV
 * document each; nothing here downloads a database.
 */

const eventSchema = z.union([z.object({introduced: z.string().min(1)}).strict(), z.object({fixed: z.string().min(1)}).strict(), z.object({last_affected: z.string().min(1)}).strict()]);

export const osvAdvisorySchema = z
  .object({
    /** Advisory id: `GHSA-…`, `RUSTSEC-…`, `DSA-…`, or `AXSIM-…` for the synthetic ones of this site. */
    id: z.string().min(1),
    /** Other ids of the same advisory, usually the CVE. */
    aliases: z.array(z.string()).optional(),
    summary: z.string().min(1),
    details: z.string().optional(),
    /** When the advisory was published: the clock of the fix-within SLA starts here. */
    published: z.iso.datetime(),
    modified: z.iso.datetime(),
    affected: z
      .array(
        z.object({
          /** OSV ecosystem (`npm`, `crates.io`, `Debian:12`) and package name. */
          package: z.object({ecosystem: z.string().min(1), name: z.string().min(1), purl: z.string().optional()}),
          /** Version ranges: SEMVER for npm and crates, ECOSYSTEM for Debian (dpkg order). */
          ranges: z.array(z.object({type: z.enum(['SEMVER', 'ECOSYSTEM']), events: z.array(eventSchema).min(1)})).optional(),
          /** Affected versions listed one by one. */
          versions: z.array(z.string()).optional(),
        }),
      )
      .min(1),
    /** GHSA's convention: the severity in capitals, and the CVSS base score when known. */
    database_specific: z.object({severity: z.enum(advisorySeverities.map((s) => s.toUpperCase()) as [string, ...string[]]), cvss_score: z.number().min(0).max(10).optional()}),
    references: z.array(z.object({type: z.string(), url: z.string()})).optional(),
  });

export type OsvAdvisory = z.output<typeof osvAdvisorySchema>;

/** CycloneDX VEX justifications for `not_affected`. */
export const vexJustifications = ['code_not_present', 'code_not_reachable', 'requires_configuration', 'requires_dependency', 'requires_environment', 'protected_by_compiler', 'protected_at_runtime', 'protected_at_perimeter', 'protected_by_mitigating_control'] as const;

const exceptionBase = {
  /** The advisory id (or an alias) the exception is for. */
  id: z.string().min(1),
  /** Package key (purl without version) it applies to. */
  package: z.string().startsWith('pkg:'),
  /** Why the finding does not need fixing now. */
  reason: z.string().min(10),
};

/**
 * An exception: a CycloneDX VEX statement (`not_affected` with a justification, until it
 * expires), or an osv-scanner-style ignore-until. Both expire: an expired exception no longer
 * silences anything.
 */
export const exceptionSchema = z.discriminatedUnion('type', [
  z.object({...exceptionBase, type: z.literal('vex'), state: z.literal('not_affected'), justification: z.enum(vexJustifications), expires: z.iso.date()}).strict(),
  z.object({...exceptionBase, type: z.literal('ignore-until'), ignoreUntil: z.iso.date()}).strict(),
]);

export type AdvisoryException = z.output<typeof exceptionSchema>;

/** The day an exception stops counting. */
export function exceptionExpiry(e: AdvisoryException): string {
  return e.type === 'vex' ? e.expires : e.ignoreUntil;
}
