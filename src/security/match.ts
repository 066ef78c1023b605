import type {AdvisorySeverity, SecurityPolicy} from './policy-schema';
import {exceptionExpiry, type AdvisoryException, type OsvAdvisory} from './osv';
import {compareVersions, schemeOfPurlType, type VersionScheme} from './versions';

/**
 * The vulnerability matcher: SBOM purls × committed OSV advisories → findings, with exceptions
 * applied and each finding's age held against its severity's SLA.
 */

/** A purl, as far as matching needs it. */
export interface ParsedPurl {
  type: string;
  /** Package name as its ecosystem spells it: `@scope/name` for npm. */
  name: string;
  version: string;
}

export function parsePurl(purl: string): ParsedPurl | undefined {
  const m = /^pkg:([a-z]+)\/(.+)@([^?#]+)/.exec(purl);
  if (!m) return undefined;
  const parts = m[2]!.split('/').map(decodeURIComponent);
  // Debian purls carry the distro as namespace (`pkg:deb/debian/openssl`); npm's namespace is the scope.
  const name = m[1] === 'npm' ? parts.join('/') : parts[parts.length - 1]!;
  return {type: m[1]!, name, version: decodeURIComponent(m[3]!)};
}

/** The purl type of an OSV ecosystem: `crates.io` is cargo, `Debian:12` is deb. */
export function purlTypeOfEcosystem(ecosystem: string): string | undefined {
  if (ecosystem === 'npm') return 'npm';
  if (ecosystem === 'crates.io') return 'cargo';
  if (/^Debian(:\d+)?$/.test(ecosystem)) return 'deb';
  return undefined;
}

type Affected = OsvAdvisory['affected'][number];

/** Whether `version` is affected, and the first fixed version above it (if any). */
export function affects(affected: Affected, scheme: VersionScheme, version: string): {affected: boolean; fixed?: string} {
  const cmp = (a: string, b: string) => compareVersions(scheme, a, b);
  if (affected.versions?.includes(version)) return {affected: true};
  for (const range of affected.ranges ?? []) {
    const introduced = range.events.flatMap((e) => ('introduced' in e ? [e.introduced] : []));
    const limits = range.events.flatMap((e) => ('fixed' in e ? [{v: e.fixed, fixed: true}] : 'last_affected' in e ? [{v: e.last_affected, fixed: false}] : [])).sort((a, b) => cmp(a.v, b.v));
    for (const start of introduced) {
      if (cmp(start, version) > 0) continue;
      const limit = limits.find((l) => cmp(l.v, start) > 0);
      if (!limit || (limit.fixed ? cmp(version, limit.v) < 0 : cmp(version, limit.v) <= 0)) return {affected: true, fixed: limit?.fixed ? limit.v : undefined};
    }
  }
  return {affected: false};
}

export type MatchStatus = 'open' | 'excepted';

export interface VulnerabilityMatch {
  advisory: string;
  aliases: string[];
  summary: string;
  severity: AdvisorySeverity;
  /** Package as named in the SBOM, and its version there. */
  package: string;
  version: string;
  purl: string;
  /** The first fixed version above the installed one, when the advisory names one. */
  fixed?: string;
  published: string;
  /** Whole hours from publication to `now`. */
  ageHours: number;
  slaHours: number;
  /** Open longer than the SLA allows. */
  late: boolean;
  status: MatchStatus;
  /** The exception that applies, valid or expired. */
  exception?: {type: AdvisoryException['type']; reason: string; expires: string; expired: boolean; justification?: string};
}

const keyOf = (purl: string) => purl.replace(/[?#].*$/, '').replace(/@[^@/]*$/, '');

/** Every advisory that affects a purl, judged at `now` (ISO datetime). */
export function matchVulnerabilities(purls: readonly string[], advisories: readonly OsvAdvisory[], exceptions: readonly AdvisoryException[], policy: SecurityPolicy, now: string): VulnerabilityMatch[] {
  const matches: VulnerabilityMatch[] = [];
  const today = now.slice(0, 10);
  for (const purl of [...new Set(purls)].sort()) {
    const p = parsePurl(purl);
    const scheme = p && schemeOfPurlType(p.type);
    if (!p || !scheme) continue;
    for (const adv of advisories) {
      const hit = adv.affected.filter((a) => purlTypeOfEcosystem(a.package.ecosystem) === p.type && a.package.name === p.name).map((a) => affects(a, scheme, p.version)).find((r) => r.affected);
      if (!hit) continue;
      const severity = adv.database_specific.severity.toLowerCase() as AdvisorySeverity;
      const sla = policy.severitySlas.find((s) => s.severity === severity)!;
      const ids = [adv.id, ...(adv.aliases ?? [])];
      const exc = exceptions.find((e) => ids.includes(e.id) && e.package === keyOf(purl));
      const expired = exc ? exceptionExpiry(exc) < today : false;
      const ageHours = Math.floor((Date.parse(now) - Date.parse(adv.published)) / 3_600_000);
      const status: MatchStatus = exc && !expired ? 'excepted' : 'open';
      matches.push({
        advisory: adv.id,
        aliases: adv.aliases ?? [],
        summary: adv.summary,
        severity,
        package: p.name,
        version: p.version,
        purl,
        fixed: hit.fixed,
        published: adv.published,
        ageHours,
        slaHours: sla.fixWithinHours,
        late: status === 'open' && ageHours > sla.fixWithinHours,
        status,
        exception: exc && {type: exc.type, reason: exc.reason, expires: exceptionExpiry(exc), expired, justification: exc.type === 'vex' ? exc.justification : undefined},
      });
    }
  }
  return matches;
}

/** "0 critical": no open critical finding, that is none unfixed and not under a valid, unexpired exception. */
export function openCount(matches: readonly VulnerabilityMatch[], severity: AdvisorySeverity): number {
  return matches.filter((m) => m.status === 'open' && m.severity === severity).length;
}
