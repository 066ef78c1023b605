import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {siteExceptions} from '../../security/exceptions';
import type {Finding} from '../../src/checks/finding';
import {pathPositions, zodIssuesToFindings} from '../../src/checks/zod-finding';
import {securityDocsUrl} from '../../src/security/findings';
import {osvAdvisorySchema, exceptionSchema, type AdvisoryException, type OsvAdvisory} from '../../src/security/osv';

/** Where the site's own security data lives, relative to the site root. */
export const securityFiles = {
  sbom: 'security/sbom.cdx.json',
  advisories: 'security/advisories',
  exceptions: 'security/exceptions.ts',
  renovate: 'renovate.json',
} as const;

/** Every OSV document of a folder (`*.json`), parsed; a file that does not parse is a finding, not a crash. */
export function readAdvisories(root: string, dir: string): {advisories: OsvAdvisory[]; findings: Finding[]; fileOf: (id: string) => string} {
  const abs = path.resolve(root, dir);
  const advisories: OsvAdvisory[] = [];
  const findings: Finding[] = [];
  const files = new Map<string, string>();
  const fileOf = (id: string) => files.get(id) ?? dir;
  if (!existsSync(abs)) return {advisories, findings, fileOf};
  for (const name of readdirSync(abs).filter((f) => f.endsWith('.json')).sort()) {
    const file = path.relative(root, path.join(abs, name)).split(path.sep).join('/');
    const text = readFileSync(path.join(abs, name), 'utf8');
    const parsed = osvAdvisorySchema.safeParse(JSON.parse(text));
    if (parsed.success) advisories.push(parsed.data), files.set(parsed.data.id, file);
    else findings.push(...zodIssuesToFindings(parsed.error, {file, ruleId: 'security/advisory-schema', input: JSON.parse(text), lineOf: pathPositions(text), url: securityDocsUrl}));
  }
  return {advisories, findings, fileOf};
}

/** The site's exceptions, parsed; a bad entry is a finding. */
export function readExceptions(): {exceptions: AdvisoryException[]; findings: Finding[]} {
  const exceptions: AdvisoryException[] = [];
  const findings: Finding[] = [];
  siteExceptions.forEach((e, i) => {
    const parsed = exceptionSchema.safeParse(e);
    if (parsed.success) exceptions.push(parsed.data);
    else findings.push(...zodIssuesToFindings(parsed.error, {file: securityFiles.exceptions, ruleId: 'security/exception-schema', input: e, root: `in exception ${i}`, url: securityDocsUrl}));
  });
  return {exceptions, findings};
}
