import {createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {generatedFiles} from '../routes/table';

/**
 * `SHA256SUMS` of a built site, in `sha256sum -c` format (`<hex>  <path>`, paths relative to the
 * build folder, sorted by byte order), and its Ed25519 signature. The sums file and its signature
 * are the only files not listed.
 */
export const sumsFile = generatedFiles.checksums.slice(1);
export const signatureFile = generatedFiles.checksumsSignature.slice(1);

/** Every file below `dir`, relative with forward slashes, sorted by byte order; the sums and signature excluded. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), {withFileTypes: true})) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && p !== sumsFile && p !== signatureFile) out.push(p);
    }
  };
  walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The `SHA256SUMS` text of `dir`. */
export function sha256Sums(dir: string): string {
  return listFiles(dir).map((f) => `${sha256File(path.join(dir, f))}  ${f}\n`).join('');
}

/** `SHA256SUMS` lines as path → hash; throws on a line that is not `<64 hex>  <path>`, naming the line. */
export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (!line) return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new Error(`Unexpected line ${i + 1} of ${sumsFile}: ${JSON.stringify(line.slice(0, 80))}, expected "<64 hex digits>  <path>"`);
    sums.set(m[2]!, m[1]!);
  });
  return sums;
}

export interface SumsCheck {
  missing: string[];
  changed: string[];
  /** Files present but not listed: something was added after sealing. */
  extra: string[];
}

/** Compares `dir` with the sums listed for it. */
export function checkSums(dir: string, sums: ReadonlyMap<string, string>): SumsCheck {
  const present = new Set(listFiles(dir));
  const missing = [...sums.keys()].filter((f) => !present.has(f));
  const changed = [...sums].filter(([f, h]) => present.has(f) && sha256File(path.join(dir, f)) !== h).map(([f]) => f);
  const extra = [...present].filter((f) => !sums.has(f));
  return {missing, changed, extra};
}

/** An Ed25519 key from PEM text; the private key's public half when given a private key. */
export function publicKeyFrom(pem: string): KeyObject {
  return createPublicKey(pem.includes('PRIVATE KEY') ? createPrivateKey(pem) : pem);
}

/** The detached Ed25519 signature of `text`, base64, one line. */
export function signSums(text: string, privateKeyPem: string): string {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`Unexpected ${key.asymmetricKeyType} key in AX_SIGNING_KEY, expected an Ed25519 private key (PEM)`);
  return `${sign(null, Buffer.from(text), key).toString('base64')}\n`;
}

export function verifySums(text: string, signature: string, publicKeyPem: string): boolean {
  return verify(null, Buffer.from(text), publicKeyFrom(publicKeyPem), Buffer.from(signature.trim(), 'base64'));
}

/** SHA-256 of the public key (DER), the fingerprint the pages show. */
export function keyFingerprint(pem: string): string {
  return createHash('sha256').update(publicKeyFrom(pem).export({type: 'spki', format: 'der'})).digest('hex');
}
