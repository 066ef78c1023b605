import * as z from 'zod';
import {exceptionSchema, osvAdvisorySchema} from './osv';
import {ecosystems, updateTypes} from './policy-schema';

/**
 * One committed scan snapshot of a platform component in one ecosystem: its SBOM (and the one
 * of the scan before, for drift), the advisories that applied, exceptions, fixes and the
 * weekly update plan. Every snapshot says where it came from, which tool made it and when, so
 * the dashboard can show its age and refuse to attest when it is too old.
 */
const componentSchema = z.object({
  name: z.string().min(1),
  group: z.string().optional(),
  version: z.string().min(1),
  purl: z.string().startsWith('pkg:'),
  licenses: z.array(z.object({license: z.object({id: z.string()})})).optional(),
  hashes: z.array(z.object({alg: z.string(), content: z.string()})).optional(),
});
const sbomSchema = z.object({bomFormat: z.literal('CycloneDX'), specVersion: z.string(), components: z.array(componentSchema)});

export const snapshotSchema = z
  .object({
    /** Registry component id. */
    component: z.string().min(1),
    ecosystem: z.enum(ecosystems),
    /** Where the data came from, in words; synthetic data says so. */
    source: z.string().min(1),
    /** The tool and version that made the snapshot. */
    tool: z.object({name: z.string().min(1), version: z.string().min(1)}).strict(),
    /** When the scan ran: "as of" on the page. */
    takenAt: z.iso.datetime(),
    /** Where release dates came from; null when the snapshot has none we trust, and then no libyear is shown. */
    dateSource: z.string().min(1).nullable(),
    sbom: sbomSchema,
    /** The SBOM of the scan before, for drift. */
    previousSbom: sbomSchema,
    /** The newest release of each package (by purl without version), and release dates when `dateSource` is set. */
    latest: z.record(z.string(), z.object({version: z.string(), releasedAt: z.iso.date().optional(), currentReleasedAt: z.iso.date().optional()}).strict()),
    advisories: z.array(osvAdvisorySchema),
    exceptions: z.array(exceptionSchema),
    /** Advisories fixed (no longer matching) since earlier scans. */
    fixed: z.array(z.object({advisory: z.string(), package: z.string(), severity: z.string(), fixedAt: z.iso.datetime()}).strict()),
    /** The weekly update plan: the pull requests the bot has open or will open. */
    updatePlan: z.array(z.object({title: z.string().min(1), package: z.string(), from: z.string(), to: z.string(), updateType: z.enum(updateTypes), changelog: z.string().min(1)}).strict()),
  })
  .strict();

export type SecuritySnapshot = z.output<typeof snapshotSchema>;
