import {describe, expect, it} from 'vitest';
import {describeRange, isValidRange, satisfies} from '../versions';

describe('version ranges', () => {
  it.each([
    ['2.1.0', '>=2.1.0', true],
    ['2.0.3', '>=2.1.0', false],
    ['2.0.3', '<2.1.0', true],
    ['2.1', '>=2.0.0 <2.1.0', false],
    ['v2.0.9', '>=2.0.0 <2.1.0', true],
    ['2.1.0-rc.1', '2.1.0', true],
    ['garbage', '>=2.0.0', false],
  ])('%s in %s is %s', (v, range, expected) => {
    expect(satisfies(v, range)).toBe(expected);
  });

  it('rejects malformed ranges and words ranges for readers', () => {
    expect(isValidRange('>=two')).toBe(false);
    expect(describeRange('>=2.0.0 <2.1.0')).toBe('CLI 2.0.0 and later, before 2.1.0');
  });
});
