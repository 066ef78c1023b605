import * as z from 'zod';
import {teamIds} from './teams';

/** The handoff domains; each is signed off on its own (issue 17). */
export const signoffDomains = ['engineering', 'product', 'operations', 'support', 'community'] as const;
export type SignoffDomain = (typeof signoffDomains)[number];

/**
 * Who may sign a handoff domain. Ids are roles, never personal names: the registry lists
 * teams, and a role outlives whoever holds it.
 */
export const signerSchema = z
  .object({
    /** Role-based id, e.g. `runtime-lead`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*-lead$/),
    /** The team the role leads. */
    team: z.enum(teamIds),
    /** Domains this role signs off. */
    domains: z.array(z.enum(signoffDomains)).min(1),
    /**
     * The role's Ed25519 public key as SPKI PEM. Empty until the role holder registers one:
     * a sign-off by a role without a key cannot verify.
     */
    publicKey: z.string(),
  })
  .strict();

export type Signer = z.output<typeof signerSchema>;

export const signers: readonly Signer[] = [
  {id: 'runtime-lead', team: 'runtime', domains: ['engineering'], publicKey: ''},
  {id: 'product-lead', team: 'product', domains: ['product'], publicKey: ''},
  {id: 'devops-lead', team: 'devops', domains: ['operations'], publicKey: ''},
  {id: 'quality-lead', team: 'quality', domains: ['support'], publicKey: ''},
  {id: 'docs-lead', team: 'docs', domains: ['community'], publicKey: ''},
].map((s) => signerSchema.parse(s));

/** The role that signs `domain`. */
export function signerOf(domain: SignoffDomain): Signer {
  return signers.find((s) => s.domains.includes(domain))!;
}
