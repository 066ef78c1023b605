import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {labSummary, readLabPages} from '../../../plugins/labs/content';
import {checkSamples} from '../check-answer';

const siteDir = path.resolve(__dirname, '../../..');
const labs = readLabPages(siteDir);

describe('every published lab', () => {
  it('is found', () => {
    expect(labs.length).toBeGreaterThanOrEqual(1);
  });

  // As O'Reilly's labs run their solution scripts: each checkpoint's sample must pass its own check.
  it.each(labs.map((l) => [l.id, l] as const))('%s: every checkpoint sample passes its own check', (_id, lab) => {
    expect(checkSamples(lab.frontmatter.steps)).toEqual([]);
  });

  it.each(labs.map((l) => [l.id, l] as const))('%s: has four checkpoints or more, and its total is the sum of its steps', (_id, lab) => {
    expect(lab.frontmatter.steps.length).toBeGreaterThanOrEqual(4);
    expect(labSummary(lab).minutes).toBe(lab.frontmatter.steps.reduce((s, x) => s + x.minutes, 0));
  });
});
