import semver from 'semver';

/**
 * Version order per purl type: semver for npm and cargo, dpkg order for Debian packages. OSV's
 * `introduced: "0"` means "every version", so it sorts before all of them.
 */
export type VersionScheme = 'semver' | 'dpkg';

export function schemeOfPurlType(type: string): VersionScheme | undefined {
  return type === 'npm' || type === 'cargo' ? 'semver' : type === 'deb' ? 'dpkg' : undefined;
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(scheme: VersionScheme, a: string, b: string): number {
  if (a === '0' || b === '0') return a === b ? 0 : a === '0' ? -1 : 1;
  if (scheme === 'semver') {
    const [x, y] = [semver.valid(a, {loose: true}), semver.valid(b, {loose: true})];
    if (!x || !y) throw new Error(`Unexpected version "${x ? b : a}", expected a semantic version`);
    return semver.compare(x, y, {loose: true});
  }
  return dpkgCompare(a, b);
}

/** Debian's version order (deb-version(7)): epoch, then upstream and revision by the dpkg algorithm. */
export function dpkgCompare(a: string, b: string): number {
  const split = (v: string) => {
    const colon = v.indexOf(':');
    const epoch = colon >= 0 ? Number(v.slice(0, colon)) : 0;
    const rest = colon >= 0 ? v.slice(colon + 1) : v;
    const dash = rest.lastIndexOf('-');
    return {epoch, upstream: dash >= 0 ? rest.slice(0, dash) : rest, revision: dash >= 0 ? rest.slice(dash + 1) : '0'};
  };
  const x = split(a);
  const y = split(b);
  return x.epoch - y.epoch || dpkgPart(x.upstream, y.upstream) || dpkgPart(x.revision, y.revision);
}

// `~` sorts before everything, even the end of the string; letters before other characters.
const order = (c: string | undefined) => (c === undefined ? 0 : c === '~' ? -1 : /[A-Za-z]/.test(c) ? c.charCodeAt(0) : c.charCodeAt(0) + 256);

function dpkgPart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !/\d/.test(a[i]!)) || (j < b.length && !/\d/.test(b[j]!))) {
      const ca = i < a.length && !/\d/.test(a[i]!) ? a[i] : undefined;
      const cb = j < b.length && !/\d/.test(b[j]!) ? b[j] : undefined;
      const d = order(ca) - order(cb);
      if (d) return d;
      i++;
      j++;
    }
    let na = '';
    let nb = '';
    while (i < a.length && /\d/.test(a[i]!)) na += a[i++];
    while (j < b.length && /\d/.test(b[j]!)) nb += b[j++];
    const d = Number(na || 0) - Number(nb || 0);
    if (d) return d;
  }
  return 0;
}
