import {describe, expect, it} from 'vitest';
import {buildDay, buildMoment} from '../build-moment';

describe('buildMoment', () => {
  it.each([
    {env: {SOURCE_DATE_EPOCH: '1796126400'}, day: '2026-12-01'},
    {env: {SOURCE_DATE_EPOCH: '0'}, day: '1970-01-01'},
  ])('takes SOURCE_DATE_EPOCH $env.SOURCE_DATE_EPOCH as the build day $day', ({env, day}) => {
    expect(buildDay(env)).toBe(day);
  });

  it('is now without SOURCE_DATE_EPOCH', () => {
    const before = Date.now();
    const moment = buildMoment({}).getTime();
    expect(moment).toBeGreaterThanOrEqual(before);
    expect(moment).toBeLessThanOrEqual(Date.now());
  });

  it('refuses an epoch that is not whole seconds', () => {
    expect(() => buildMoment({SOURCE_DATE_EPOCH: '2026-12-01'})).toThrowErrorMatchingInlineSnapshot(`[Error: Unexpected SOURCE_DATE_EPOCH "2026-12-01", expected whole seconds since 1970-01-01T00:00:00Z]`);
  });
});
