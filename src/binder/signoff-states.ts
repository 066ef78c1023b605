import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {signerOf, signers, signoffDomains, type SignoffDomain} from '../content-model/registry/signers';
import {zodProblems} from '../checks/zod-finding';
import {signoffSchema, type Signoff} from './signoff-schema';
import {verifySignoff, type SignoffVerdict} from './signoff';

/** Where sign-offs are written, relative to the site root. The repo ships none: nobody has signed. */
export const signoffDir = 'handoff/signoffs';

export const signoffFile = (domain: SignoffDomain) => `${signoffDir}/${domain}.json`;

/** Public keys by signer id; the registry's, unless a test hands its own. */
export type SignerKeys = Readonly<Record<string, string | undefined>>;
export const registryKeys = (): SignerKeys => Object.fromEntries(signers.map((s) => [s.id, s.publicKey || undefined]));

export interface DomainSignoff extends SignoffVerdict {
  domain: SignoffDomain;
  file: string;
  /** The signer role the registry names for the domain. */
  expectedSigner: string;
  record?: Signoff;
}

/** Reads a domain's sign-off; a file that is not one is INVALID, with the reason. */
export function readSignoff(root: string, domain: SignoffDomain): {record?: Signoff; problem?: string} {
  const file = path.join(root, signoffFile(domain));
  if (!existsSync(file)) return {};
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return {problem: `Unexpected invalid JSON (${(error as Error).message}), expected a sign-off written by npm run signoff`};
  }
  const parsed = signoffSchema.safeParse(input);
  if (!parsed.success) return {problem: zodProblems(parsed.error, {input, root: 'in a sign-off'}).map((p) => p.message).join('; ')};
  if (parsed.data.domain !== domain) return {problem: `Unexpected domain "${parsed.data.domain}", expected "${domain}" (the file's name)`};
  return {record: parsed.data};
}

/** Every domain's sign-off state at `now`. */
export function signoffStates(root: string, now: string, keys: SignerKeys = registryKeys()): DomainSignoff[] {
  return signoffDomains.map((domain) => {
    const expectedSigner = signerOf(domain).id;
    const base = {domain, file: signoffFile(domain), expectedSigner};
    const {record, problem} = readSignoff(root, domain);
    if (problem) return {...base, state: 'INVALID', reason: problem};
    if (record && record.signer !== expectedSigner) {
      return {...base, record, state: 'INVALID', reason: `Unexpected signer "${record.signer}", expected "${expectedSigner}", the role the signer registry names for ${domain}`};
    }
    return {...base, record, ...verifySignoff(record, root, now, record ? keys[record.signer] : undefined)};
  });
}
