import {createHash, createPrivateKey, createPublicKey, sign, verify} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import type {Signoff, SignoffState, UnsignedSignoff} from './signoff-schema';

/** The files a scope names, sorted by path (code-point order, so every machine agrees). */
export function scopeFiles(root: string, scope: readonly string[]): string[] {
  return globSync([...scope], {cwd: root, dot: false}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * SHA-256 of the scoped sources in canonical form: for each file in path order, its path, NUL,
 * its content with CRLF turned to LF, NUL. Line endings a checkout changes do not change the hash.
 */
export function hashScope(root: string, scope: readonly string[]): {sha256: string; files: string[]} {
  const files = scopeFiles(root, scope);
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file), 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  return {sha256: hash.digest('hex'), files};
}

/** The bytes signed: every field but the signature, keys in a fixed order. */
export function signedPayload(s: UnsignedSignoff): Buffer {
  const {domain, signer, decision, scope, sourcesSha256, fileCount, evidence, exceptions, signedAt, expiresAt} = s;
  const ordered = {domain, signer, decision, scope, sourcesSha256, fileCount, evidence, exceptions: exceptions.map(({item, reason, expires}) => ({item, reason, expires})), signedAt, expiresAt};
  return Buffer.from(JSON.stringify(ordered), 'utf8');
}

/** Signs a record with an Ed25519 private key (PEM). */
export function signSignoff(s: UnsignedSignoff, privateKeyPem: string): Signoff {
  const signature = sign(null, signedPayload(s), createPrivateKey(privateKeyPem)).toString('base64');
  return {...s, signature};
}

export interface SignoffVerdict {
  state: SignoffState;
  /** Why, in one sentence, for findings and the evidence page. */
  reason: string;
}

/**
 * Judges a domain's sign-off at `now` (ISO datetime) against the sources below `root`. The
 * signature is checked first: a record that does not verify is INVALID, whatever else it says.
 */
export function verifySignoff(record: Signoff | undefined, root: string, now: string, publicKeyPem: string | undefined): SignoffVerdict {
  if (!record) return {state: 'UNSIGNED', reason: 'No sign-off is recorded for this domain.'};
  if (!publicKeyPem) return {state: 'INVALID', reason: `Unexpected sign-off by "${record.signer}", expected a signer with a public key in the signer registry`};
  let ok = false;
  try {
    ok = verify(null, signedPayload(record), createPublicKey(publicKeyPem), Buffer.from(record.signature, 'base64'));
  } catch {
    ok = false;
  }
  if (!ok) return {state: 'INVALID', reason: `Unexpected signature that does not verify with ${record.signer}'s public key, expected a signature of this record by that key`};
  if (Date.parse(record.expiresAt) <= Date.parse(now)) return {state: 'EXPIRED', reason: `Expired at ${record.expiresAt}.`};
  const {sha256} = hashScope(root, record.scope);
  if (sha256 !== record.sourcesSha256) return {state: 'STALE', reason: `A source in scope changed since ${record.signedAt}: the sources hash to ${sha256}, the sign-off approved ${record.sourcesSha256}.`};
  return {state: 'VALID', reason: `Signed by ${record.signer} at ${record.signedAt}; sources unchanged.`};
}
