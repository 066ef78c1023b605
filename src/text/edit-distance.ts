/** Typo hints: how far apart two words are, and which known words are near a given one. Plain TS, shared by the CLI spec and the check engine. */

/** Edit distance between two strings (Levenshtein), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The candidates closest to `input`, best first, within a distance that still reads as a typo. */
export function closest(input: string, candidates: readonly string[], limit = 3): string[] {
  const max = Math.max(2, Math.floor(input.length / 3));
  return candidates
    .map((c) => ({c, d: editDistance(input.toLowerCase(), c.toLowerCase())}))
    .filter(({d}) => d <= max)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map(({c}) => c);
}
