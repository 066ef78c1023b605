/**
 * The parts of a CycloneDX JSON document this site reads: components with their purl, version,
 * licences and hashes. Zod-free plain functions, shared by the drift check, the matcher, the
 * dashboard and the refresh script.
 */

/** A CycloneDX licence choice: an SPDX id, a name, or an expression. */
export interface CdxLicenseChoice {
  license?: {id?: string; name?: string};
  expression?: string;
}

export interface CdxHash {
  alg: string;
  content: string;
}

/** A CycloneDX component, as far as the checks read it. */
export interface CdxComponent {
  type?: string;
  group?: string;
  name: string;
  version?: string;
  purl?: string;
  'bom-ref'?: string;
  licenses?: CdxLicenseChoice[];
  hashes?: CdxHash[];
  properties?: {name: string; value: string}[];
  externalReferences?: {type: string; url: string; hashes?: CdxHash[]}[];
}

export interface CdxDocument {
  bomFormat: 'CycloneDX';
  specVersion: string;
  metadata?: {timestamp?: string; tools?: unknown; component?: CdxComponent};
  components?: CdxComponent[];
  [key: string]: unknown;
}

/** One package of an SBOM, flattened for comparison and matching. */
export interface SbomPackage {
  /** Stable key across versions: the purl without its version, e.g. `pkg:npm/%40docusaurus/core`. */
  key: string;
  /** Display name: `group/name` for scoped packages. */
  name: string;
  version: string;
  purl: string;
  /** SPDX ids or expressions; empty when the SBOM states none. */
  licences: string[];
  /** `alg:content`, sorted; empty when the SBOM states none. */
  hashes: string[];
}

/** The purl without version, qualifiers or subpath. */
export function purlKey(purl: string): string {
  return purl.replace(/[?#].*$/, '').replace(/@[^@/]*$/, '');
}

/** A component's licences as SPDX ids, names or expressions. */
export function licencesOf(c: CdxComponent): string[] {
  return (c.licenses ?? []).map((l) => l.expression ?? l.license?.id ?? l.license?.name ?? '').filter(Boolean).sort();
}

/** The SBOM's packages with a purl, sorted by key then version. */
export function sbomPackages(doc: CdxDocument): SbomPackage[] {
  return (doc.components ?? [])
    .filter((c) => c.purl)
    .map((c) => {
      const hashes = [...(c.hashes ?? []), ...(c.externalReferences ?? []).flatMap((r) => (r.type === 'distribution' ? (r.hashes ?? []) : []))];
      return {
        key: purlKey(c.purl!),
        name: c.group ? `${c.group}/${c.name}` : c.name,
        version: c.version ?? '',
        purl: c.purl!,
        licences: licencesOf(c),
        hashes: [...new Set(hashes.map((h) => `${h.alg}:${h.content}`))].sort(),
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key) || a.version.localeCompare(b.version));
}

const integrityAlgs: Record<string, string> = {sha512: 'SHA-512', sha384: 'SHA-384', sha256: 'SHA-256', sha1: 'SHA-1'};

/**
 * Adds each npm component's hash from the lockfile's `integrity`. cyclonedx-npm puts hashes only on
 * a `resolved` URL, and this registry's lockfile records none, so without this the SBOM could not
 * tell "same version, different hash".
 */
export function addLockfileHashes(doc: CdxDocument, lock: {packages?: Record<string, {integrity?: string}>}): CdxDocument {
  for (const c of doc.components ?? []) {
    const at = c.properties?.find((p) => p.name === 'cdx:npm:package:path')?.value;
    const integrity = at ? lock.packages?.[at]?.integrity : undefined;
    const m = integrity ? /^(sha\d+)-(.+)$/.exec(integrity.split(' ')[0]!) : null;
    if (!m || !integrityAlgs[m[1]!]) continue;
    c.hashes = [{alg: integrityAlgs[m[1]!]!, content: Buffer.from(m[2]!, 'base64').toString('hex')}];
  }
  return doc;
}
