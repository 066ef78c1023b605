import {describe, expect, it} from 'vitest';
import {formatPhaseTable, parseBuildPhases} from '../build-phases';

const output = (load: string, bundling: string) => `[PERF] Get locales to build - 2.53 seconds! - (Heap 57mb -> 89mb / Total 107mb)
[PERF] Build > en > Load site > Load context - 1.68 seconds! - (Heap 89mb -> 84mb / Total 116mb)
[PERF] Build > en > Load site - ${load} - (Heap 89mb -> 151mb / Total 180mb)
[PERF] Build > en > Bundling with rspack - ${bundling} - (Heap 117mb -> 453mb / Total 714mb)
[PERF] Build > en > postBuild() - 152.19 ms - (Heap 228mb -> 266mb / Total 336mb)
[PERF] Build > en - 366.34 seconds! - (Heap 89mb -> 274mb / Total 336mb)
`;

describe('build phases', () => {
  it('reads the top-level phases of the perf logger, in seconds, and nothing nested', () => {
    expect(parseBuildPhases(output('39.80 seconds!', '99.02 seconds!'))).toEqual({load: 39.8, bundling: 99.02, postBuild: 0.15219});
  });

  it('prints medians side by side, and No data for a phase a build did not report', () => {
    const ours = [parseBuildPhases(output('10.00 seconds!', '40.00 seconds!')), parseBuildPhases(output('12.00 seconds!', '38.00 seconds!'))];
    const plain = [parseBuildPhases(output('2.00 seconds!', '31.00 seconds!'))];
    expect(formatPhaseTable(ours, plain)).toMatchInlineSnapshot(`
      [
        "  phase (median)        plain        ours         ours − plain",
        "  Load site             2.00 s       11.00 s      +9.00 s",
        "  Bundling with rspack  31.00 s      39.00 s      +8.00 s",
        "  SSG                   No data      No data      No data",
        "  postBuild()           0.15 s       0.15 s       +0.00 s",
        "  Broken links checker  No data      No data      No data",
      ]
    `);
  });
});
