import {describe, expect, it} from 'vitest';
import {normaliseErrorId} from '../id';

describe('error ID box', () => {
  it.each([
    ['AX1042', 'AX1042'],
    ['ax1042', 'AX1042'],
    [' Ax-1042 ', 'AX1042'],
    ['1042', undefined],
    ['AX10420', undefined],
    ['ax 1042', 'AX1042'],
    ['AX--1042', undefined],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseErrorId(input)).toBe(expected);
  });
});
