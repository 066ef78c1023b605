import {formatMedianTable} from './median-table';

/**
 * Where a Docusaurus build's time goes, read from its perf logger (DOCUSAURUS_PERF_LOGGER=true):
 * the top-level steps of building the one locale. bench:build prints them for both sites, so a
 * ratio comes with the phases that make it.
 */

/** The phases reported, in build order, with the perf logger's label for each. */
export const buildPhases = [
  ['load', 'Load site'],
  ['bundling', 'Bundling with rspack'],
  ['ssg', 'SSG'],
  ['postBuild', 'postBuild()'],
  ['brokenLinks', 'Broken links checker'],
] as const;

export type BuildPhase = (typeof buildPhases)[number][0];
export type PhaseSeconds = Partial<Record<BuildPhase, number>>;

const perfLine = /^\[PERF\] Build > [^>\n]+ > ([^>\n]+?) - ([\d.]+) (ms|seconds)/gm;

/** Seconds per phase from a build's output; a phase the output does not report is left out. */
export function parseBuildPhases(output: string): PhaseSeconds {
  const seconds = new Map<string, number>();
  for (const m of output.matchAll(perfLine)) seconds.set(m[1]!, Number(m[2]) / (m[3] === 'ms' ? 1000 : 1));
  const phases: PhaseSeconds = {};
  for (const [phase, label] of buildPhases) {
    const s = seconds.get(label);
    if (s !== undefined) phases[phase] = s;
  }
  return phases;
}

/** A table of median seconds per phase, ours against plain, with the difference. */
export function formatPhaseTable(ours: readonly PhaseSeconds[], plain: readonly PhaseSeconds[]): string[] {
  return formatMedianTable('phase (median)', buildPhases, ours, plain, {decimals: 2, labelWidth: 22});
}
