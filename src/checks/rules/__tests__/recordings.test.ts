import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runRules} from '../../rule';
import {recordingRules} from '../recordings';

/** The faulty fixture site: one fault per recording rule at least, in recordings/*.ts and *.vtt. */
const site = () => ({root: path.join(__dirname, '..', '..', '__tests__', '__fixtures__', 'faulty'), today: '2026-11-24', pages: []});

describe('recording rules', () => {
  it('report each fault of the bad-input fixtures with file, line and rule', async () => {
    const findings = (await runRules(recordingRules, site())).map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`);
    expect(findings).toMatchInlineSnapshot(`
      [
        "recordings/bad-command.ts:7 recordings/record Unexpected date 2027-01-05 in recordings/bad-command.ts, expected a day on or before 2026-11-24: a recording is of something that happened",
        "recordings/bad-command.ts:15 recordings/record Unexpected lab "no-such-lab" in recordings/bad-command.ts, expected the id of a lab in docs/labs: broken, loop",
        "recordings/person.ts:8 recordings/record Unexpected missing field "presenter.team", expected one of: cli, quality, runtime, devops, product, docs",
        "recordings/person.ts:8 recordings/record Unexpected field "name" in "presenter", expected a known field",
        "recordings/broken-cue.vtt:6 recordings/captions Unexpected WebVTT in recordings/broken-cue.vtt at line 6, column 30 (End timestamp is not greater than start timestamp), expected a valid cue as in the WebVTT spec",
        "recordings/no-captions.ts:1 recordings/captions Unexpected recording "no-captions" without captions, expected recordings/no-captions.vtt (WebVTT)",
        "recordings/bad-command.ts:9 recordings/chapters Unexpected length 0:12 in recordings/bad-command.ts, expected the end of the last caption cue, 0:10",
        "recordings/bad-command.ts:12 recordings/chapters Unexpected chapter start 0:30 for "Past the end" in recordings/bad-command.ts, expected a time before the captions end (0:10)",
        "recordings/bad-command.vtt:7 recordings/commands Unexpected value \`production\` for \`--channel\` of \`ax plugin publish\`, expected one of sandbox, beta, stable",
      ]
    `);
  });

  it.each(recordingRules.map((r) => r.meta.id))('%s has a bad-input fixture', async (id) => {
    const findings = await runRules(recordingRules, site());
    expect(findings.some((f) => f.ruleId === id)).toBe(true);
  });
});
