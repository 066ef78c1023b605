import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runRules} from '../../rule';
import {toPage, type SiteModel} from '../../site-model';
import {labRules} from '../labs';

const fixture = (name: string) => readFileSync(path.join(__dirname, '__fixtures__', 'labs', name), 'utf8');
const site = (): SiteModel => ({root: __dirname, today: '2026-11-24', pages: ['broken.mdx', 'loop.mdx'].map((f) => toPage(`docs/labs/${f}`, fixture(f)))});

describe('lab rules', () => {
  it('report each fault of the bad-input fixtures with file, line and rule', async () => {
    const findings = (await runRules(labRules, site())).map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`);
    expect(findings).toMatchInlineSnapshot(`
      [
        "docs/labs/broken.mdx:20 labs/commands Unexpected value \`production\` for \`--channel\` of \`ax plugin publish\`, expected one of sandbox, beta, stable (step "publish")",
        "docs/labs/broken.mdx:28 labs/commands Unexpected receipt command \`ax plugin publish --channel sandbox\` in step "receipt", expected it to ask for \`--format json\`",
        "docs/labs/broken.mdx:9 labs/prerequisites Unexpected prerequisite "no-such-lab", expected the id of a lab in docs/labs: broken, loop",
        "docs/labs/broken.mdx:10 labs/prerequisites Unexpected prerequisite "loop", expected no cycle: "loop" itself needs "broken" first",
        "docs/labs/loop.mdx:9 labs/prerequisites Unexpected prerequisite "broken", expected no cycle: "broken" itself needs "loop" first",
        "docs/labs/broken.mdx:13 labs/duration Unexpected total of 125 minutes (the sum of the steps), expected at most 120: split the lab",
        "docs/labs/broken.mdx:13 labs/duration Unexpected 3 checkpoint(s), expected at least 4",
        "docs/labs/broken.mdx:14 labs/samples Unexpected failing sample in step "publish": \`--channel\` expects one of sandbox, beta, stable, not \`production\`, expected its sample to pass",
        "docs/labs/broken.mdx:22 labs/samples Unexpected failing sample in step "receipt": Missing field \`version\`, expected a string; Missing field \`channel\`, expected one of sandbox, beta, stable; Missing field \`submission_id\`, expected a string; Missing field \`status\`, expected one of listed, in-review, rejected, expected its sample to pass",
        "docs/labs/broken.mdx:31 labs/samples Unexpected failing sample in step "orphan": No., expected its sample to pass",
        "docs/labs/broken.mdx:31 labs/steps Unexpected step "orphan" without a section, expected <LabStep id="orphan"> in the page",
        "docs/labs/broken.mdx:50 labs/steps Unexpected <LabStep id="extra">, expected one of the steps: publish, receipt, orphan",
      ]
    `);
  });

  it.each(labRules.map((r) => r.meta.id))('%s has a bad-input fixture', async (id) => {
    const findings = await runRules(labRules, site());
    expect(findings.some((f) => f.ruleId === id)).toBe(true);
  });
});
