import {Spec, Validation} from '@cyclonedx/cyclonedx-library';
import type {Finding} from '../checks/finding';
import {pathPositions} from '../checks/zod-finding';
import {securityFinding} from './findings';

/**
 * Validates a CycloneDX JSON text against the schema of its spec version, offline: the
 * cyclonedx-library ships the schemas and validates with ajv. Strict: unknown properties fail.
 */
export async function validateSbomText(text: string, file: string): Promise<Finding[]> {
  let doc: {specVersion?: unknown};
  try {
    doc = JSON.parse(text) as {specVersion?: unknown};
  } catch (error) {
    return [securityFinding('security/sbom-schema', {file, message: `Unexpected text that is not JSON (${(error as Error).message}), expected a CycloneDX JSON document`})];
  }
  const versions = Object.values(Spec.Version) as string[];
  if (typeof doc.specVersion !== 'string' || !versions.includes(doc.specVersion)) {
    return [securityFinding('security/sbom-schema', {file, message: `Unexpected specVersion ${JSON.stringify(doc.specVersion ?? null)}, expected one of: ${versions.join(', ')}`})];
  }
  const errors = (await new Validation.JsonStrictValidator(doc.specVersion as Spec.Version).validate(text)) as {instancePath: string; message?: string; params?: unknown}[] | null;
  const lineOf = pathPositions(text);
  return (errors ?? []).map((e) => {
    const path = e.instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const at = lineOf(path) ?? {line: 1};
    return securityFinding('security/sbom-schema', {file, ...at, message: `Unexpected value at "${e.instancePath || '/'}", expected it to satisfy the CycloneDX ${doc.specVersion} schema: ${e.message ?? 'invalid'} ${JSON.stringify(e.params ?? {})}`});
  });
}
