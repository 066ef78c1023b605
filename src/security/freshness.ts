import semver from 'semver';
import {daysBetween} from '../content-model/dates';

/**
 * How far behind its newest release a dependency is: whole major, minor and patch versions
 * (Debian versions by their upstream part; a newer Debian revision counts as a patch), and its
 * libyear (Cox et al., ICSE 2015) only when both release dates are known.
 */
export interface Behind {
  major: number;
  minor: number;
  patch: number;
}

function coerce(version: string, purlType: string): semver.SemVer | null {
  const upstream = purlType === 'deb' ? version.replace(/^\d+:/, '').replace(/-[^-]*$/, '') : version;
  return semver.coerce(upstream, {loose: true});
}

export function versionsBehind(current: string, latest: string, purlType: string): Behind {
  if (current === latest) return {major: 0, minor: 0, patch: 0};
  const a = coerce(current, purlType);
  const b = coerce(latest, purlType);
  if (!a || !b || semver.gt(a, b)) return {major: 0, minor: 0, patch: 0};
  if (b.major !== a.major) return {major: b.major - a.major, minor: 0, patch: 0};
  if (b.minor !== a.minor) return {major: 0, minor: b.minor - a.minor, patch: 0};
  // Same upstream version: a newer Debian revision is one patch behind.
  return {major: 0, minor: 0, patch: Math.max(b.patch - a.patch, 1)};
}

/** Years between the release in use and the newest one, to two decimals; null without both dates. */
export function libyear(currentReleasedAt?: string, latestReleasedAt?: string): number | null {
  if (!currentReleasedAt || !latestReleasedAt) return null;
  return Math.max(0, Math.round((daysBetween(currentReleasedAt, latestReleasedAt) / 365.25) * 100) / 100);
}
