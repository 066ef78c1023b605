/** Small, dependency-free version ranges for fixes that apply to some CLI versions only. */

const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?$/;
const COMPARATOR = /^(>=|<=|>|<|=)?(.+)$/;

/** `[major, minor, patch]`, missing parts as 0, or undefined when not a version. */
export function parseVersion(v: string): [number, number, number] | undefined {
  const m = VERSION.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) throw new Error(`Unexpected version \`${x ? b : a}\`, expected a version like 2.1.0`);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** Whether a range (`>=2.1.0`, `>=2.0.0 <2.1.0`, `2.1.0`) is well formed. */
export function isValidRange(range: string): boolean {
  const parts = range.trim().split(/\s+/);
  return parts.length > 0 && parts.every((p) => {
    const m = COMPARATOR.exec(p);
    return !!m && !!parseVersion(m[2]!);
  });
}

/** Whether `version` is inside `range`: every space-separated comparator must hold. */
export function satisfies(version: string, range: string): boolean {
  if (!parseVersion(version) || !isValidRange(range)) return false;
  return range.trim().split(/\s+/).every((p) => {
    const [, op = '=', bound] = COMPARATOR.exec(p)!;
    const c = compareVersions(version, bound!);
    return op === '>=' ? c >= 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : op === '<' ? c < 0 : c === 0;
  });
}

/** A range in words, for readers: `>=2.1.0` reads "CLI 2.1.0 and later". */
export function describeRange(range: string): string {
  const words = range.trim().split(/\s+/).map((p) => {
    const [, op = '=', bound] = COMPARATOR.exec(p) ?? [];
    return op === '>=' ? `${bound} and later` : op === '>' ? `later than ${bound}` : op === '<' ? `before ${bound}` : op === '<=' ? `${bound} and earlier` : bound;
  });
  return `CLI ${words.join(', ')}`;
}
