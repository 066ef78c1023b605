import * as z from 'zod';
import {signoffDomains} from '../content-model/registry/signers';

const timestamp = z.iso.datetime();

/** A domain's sign-off: what `npm run signoff` writes to `handoff/signoffs/<domain>.json`. */
export const signoffSchema = z
  .object({
    /** The domain approved. */
    domain: z.enum(signoffDomains),
    /** Role id of the signer, from the signer registry. */
    signer: z.string().min(1),
    /** Whether the domain is approved for handoff. */
    decision: z.enum(['approved', 'approved-with-exceptions', 'rejected']),
    /** Globs of the sources approved, relative to the site root; `!` excludes. */
    scope: z.array(z.string().min(1)).min(1),
    /** SHA-256 (hex) of the scoped sources in canonical form: sorted paths, LF, path + NUL + content. */
    sourcesSha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Files hashed, for the evidence page. */
    fileCount: z.number().int().min(0),
    /** Routes of the evidence pages the signer reviewed. */
    evidence: z.array(z.string().startsWith('/')),
    /** Known gaps accepted for now: each with why and until when. */
    exceptions: z.array(z.object({item: z.string().min(1), reason: z.string().min(1), expires: z.iso.date()}).strict()),
    signedAt: timestamp,
    /** After this the sign-off is EXPIRED, whatever the sources. */
    expiresAt: timestamp,
    /** Ed25519 signature (base64) over the canonical JSON of every other field. */
    signature: z.string().min(1),
  })
  .strict();

export type Signoff = z.output<typeof signoffSchema>;
export type UnsignedSignoff = Omit<Signoff, 'signature'>;

/** Where a domain stands: the binder shows one of these per domain. */
export type SignoffState = 'VALID' | 'STALE' | 'EXPIRED' | 'UNSIGNED' | 'INVALID';
