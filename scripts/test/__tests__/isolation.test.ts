import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {isolatingCallIn, sharedFilesThatIsolate} from '../isolation';

const repo = path.resolve(__dirname, '../../..');

describe('isolatingCallIn', () => {
  it.each([
    ["vi.mock('@docusaurus/Link', () => ({}));", 'vi.mock'],
    ['  vi.stubGlobal("window", {});', 'vi.stubGlobal'],
    ['vi.useFakeTimers();', 'vi.useFakeTimers'],
    ['vi.resetModules();', 'vi.resetModules'],
    ["const warn = vi.spyOn(console, 'warn');", undefined],
    ['const f = vi.fn();', undefined],
    ['// a comment about mocks, not vi.mocked', undefined],
  ])('finds %j → %s', (source, call) => {
    expect(isolatingCallIn(source)).toBe(call);
  });
});

describe('the unit projects', () => {
  it('keep every file that replaces a module or a global out of the shared module graph', () => {
    // This file names the calls in its table, so it is left out.
    expect(sharedFilesThatIsolate(repo, ['scripts/test/__tests__/isolation.test.ts'])).toEqual([]);
  });
});
