import {describe, expect, it} from 'vitest';
import {emptyProgress, labState, mergeProgress, parseProgress, passCheckpoint} from '../progress';

const steps = ['a', 'b'];
const t1 = '2026-12-01T10:00:00.000Z';
const t2 = '2026-12-01T10:05:00.000Z';

describe('lab progress', () => {
  it('starts on the first pass and completes on the last', () => {
    const first = passCheckpoint(emptyProgress(), 'first-plugin', steps, 'a', {}, t1);
    expect([first.started, first.completed]).toEqual([true, false]);
    expect(labState(first.progress, 'first-plugin', steps)).toEqual({state: 'in-progress', passed: 1, total: 2});
    const second = passCheckpoint(first.progress, 'first-plugin', steps, 'b', {plugin: 'x'}, t2);
    expect([second.started, second.completed]).toEqual([false, true]);
    expect(labState(second.progress, 'first-plugin', steps)).toEqual({state: 'completed', completedAt: t2});
    expect(passCheckpoint(second.progress, 'first-plugin', steps, 'a', {}, t2).completed).toBe(false);
  });

  it('round-trips through export and import, and merges without losing a pass', () => {
    const here = passCheckpoint(emptyProgress(), 'first-plugin', steps, 'a', {}, t1).progress;
    const there = passCheckpoint(emptyProgress(), 'first-plugin', steps, 'b', {}, t2).progress;
    const parsed = parseProgress(JSON.stringify(there));
    expect(parsed.ok).toBe(true);
    const merged = mergeProgress(here, parsed.ok ? parsed.progress : emptyProgress());
    expect(Object.keys(merged.labs['first-plugin']!.checkpoints).sort()).toEqual(['a', 'b']);
    expect(merged.labs['first-plugin']!.startedAt).toBe(t1);
  });

  it.each([
    ['not JSON', '{', /^Unexpected text that is not JSON/],
    ['another file', '{"format":"x"}', /^Unexpected "format" "x", expected "ax-docs-lab-progress"$/],
    ['a bad time', JSON.stringify({format: 'ax-docs-lab-progress', version: 1, labs: {x: {startedAt: 'yesterday', checkpoints: {}}}}), /^Unexpected "labs.x.startedAt", expected an ISO 8601 UTC timestamp$/],
  ])('rejects %s', (_what, text, message) => {
    const parsed = parseProgress(text);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});
