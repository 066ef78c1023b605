import type {Finding} from '../checks/finding';
import {securityFinding} from './findings';
import type {SbomPackage} from './sbom';

/**
 * SBOM drift: what changed between a baseline SBOM (committed, or a release's signed one) and a
 * current one, each change sorted into exactly one class. Zod-free, so the dashboard's page
 * components can import the class list.
 */
export const driftClasses = ['added', 'removed', 'version-bump', 'licence-change', 'hash-change'] as const;
export type DriftClass = (typeof driftClasses)[number];

/** How each class reads on pages and in findings. */
export const driftClassLabels: Record<DriftClass, string> = {
  added: 'added',
  removed: 'removed',
  'version-bump': 'version bump',
  'licence-change': 'licence change',
  'hash-change': 'same version, different hash',
};

export interface DriftChange {
  class: DriftClass;
  /** Package key (purl without version). */
  key: string;
  name: string;
  from?: string;
  to?: string;
  licencesFrom: string[];
  licencesTo: string[];
}

/** An approval for a package the gate would otherwise stop: a new dependency, or a copyleft licence. */
export interface SbomApproval {
  /** Package key: purl without version, e.g. `pkg:npm/left-pad`. */
  package: string;
  /** Approve this licence (SPDX id) for the package; without it, the addition only. */
  licence?: string;
  /** Why the package is acceptable. */
  reason: string;
  /** Team id of the approver. */
  approvedBy: string;
}

const byKey = (pkgs: readonly SbomPackage[]) => {
  const map = new Map<string, SbomPackage[]>();
  for (const p of pkgs) map.set(p.key, [...(map.get(p.key) ?? []), p]);
  return map;
};
const sameList = (a: string[], b: string[]) => a.join('\n') === b.join('\n');

/** Every change from `baseline` to `current`, sorted by package then class. */
export function sbomDrift(baseline: readonly SbomPackage[], current: readonly SbomPackage[]): DriftChange[] {
  const before = byKey(baseline);
  const after = byKey(current);
  const changes: DriftChange[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(key) ?? [];
    const a = after.get(key) ?? [];
    const gone = b.filter((p) => !a.some((q) => q.version === p.version));
    const fresh = a.filter((p) => !b.some((q) => q.version === p.version));
    // A package present at several versions pairs its old and new versions in order: each pair is a bump.
    for (let i = 0; i < Math.max(gone.length, fresh.length); i++) {
      const from = gone[i];
      const to = fresh[i];
      const cls: DriftClass = from && to ? 'version-bump' : to ? 'added' : 'removed';
      const p = (to ?? from)!;
      changes.push({class: cls, key, name: p.name, from: from?.version, to: to?.version, licencesFrom: from?.licences ?? [], licencesTo: to?.licences ?? []});
    }
    for (const p of a) {
      const q = b.find((x) => x.version === p.version);
      if (!q) continue;
      if (!sameList(p.licences, q.licences)) changes.push({class: 'licence-change', key, name: p.name, from: p.version, to: p.version, licencesFrom: q.licences, licencesTo: p.licences});
      else if (p.hashes.length && q.hashes.length && !sameList(p.hashes, q.hashes)) changes.push({class: 'hash-change', key, name: p.name, from: p.version, to: p.version, licencesFrom: q.licences, licencesTo: p.licences});
    }
  }
  return changes;
}

/**
 * The copyleft licences a licence expression forces on us: for `A OR B` we may choose, so only
 * an expression whose every alternative names a copyleft licence counts.
 */
export function forcedCopyleft(expression: string, copyleft: readonly string[]): string[] {
  const alternatives = expression.replace(/[()]/g, ' ').split(/\s+OR\s+/);
  const per = alternatives.map((alt) => copyleft.filter((id) => new RegExp(`(^|[\\s(])${id.replace(/[.+]/g, '\\$&')}(?=$|[\\s)])`).test(alt)));
  return per.every((ids) => ids.length) ? [...new Set(per.flat())] : [];
}

/**
 * The gate: an addition without an approval, or a change that brings in a copyleft licence the
 * package had not before and nobody approved, is an error. Every other change is a warning
 * that the committed SBOM is out of date.
 */
export function driftFindings(changes: readonly DriftChange[], approvals: readonly SbomApproval[], copyleft: readonly string[], file: string): Finding[] {
  const approved = (key: string, licence?: string) => approvals.some((a) => a.package === key && (licence ? a.licence === licence : true));
  return changes.map((c) => {
    const newCopyleft = c.licencesTo.flatMap((l) => forcedCopyleft(l, copyleft)).filter((id) => !c.licencesFrom.some((l) => forcedCopyleft(l, copyleft).includes(id)));
    const unapprovedCopyleft = newCopyleft.filter((id) => !approved(c.key, id));
    const what = `${driftClassLabels[c.class]} ${c.name}${c.from ? ` ${c.from}` : ''}${c.to && c.to !== c.from ? ` → ${c.to}` : ''}`;
    if (unapprovedCopyleft.length) return securityFinding('security/sbom-drift', {file, message: `Unexpected copyleft licence ${unapprovedCopyleft.join(', ')} from ${what}, expected an approval for it in security/sbom-approvals.ts`});
    if (c.class === 'added' && !approved(c.key)) return securityFinding('security/sbom-drift', {file, message: `Unexpected unapproved addition ${c.name} ${c.to} (${c.key}), expected an approval in security/sbom-approvals.ts`});
    return securityFinding('security/sbom-drift', {file, severity: 'warn', message: `Unexpected ${what} against the committed SBOM, expected none: run npm run security:refresh and commit the SBOM`});
  });
}
