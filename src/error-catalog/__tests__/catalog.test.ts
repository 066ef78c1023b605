import {describe, expect, it} from 'vitest';
import {activeErrors, areaIds, areas, defineError, errorCatalog, findError, retiredErrorEntries} from '..';

describe('errorCatalog', () => {
  it('holds at least 40 active errors across every area, and retired ones with replacements', () => {
    expect(activeErrors().length).toBeGreaterThanOrEqual(40);
    for (const area of areaIds) expect(activeErrors().filter((e) => e.area === area).length, area).toBeGreaterThanOrEqual(3);
    const retired = retiredErrorEntries();
    expect(retired.length).toBeGreaterThanOrEqual(4);
    for (const e of retired) expect(findError(e.replacedBy!)?.retiredIn, e.id).toBeUndefined();
  });

  it('keeps every ID in its area\'s range', () => {
    for (const e of errorCatalog) {
      const n = Number(e.id.slice(2));
      expect(n >= areas[e.area].from && n <= areas[e.area].to, `${e.id} in ${e.area}`).toBe(true);
    }
  });

  it.each([
    ['AX1042', 'AX1042'],
    ['ax1042', 'AX1042'],
    [' Ax-1042 ', 'AX1042'],
    ['e_session_expired', 'AX1042'],
    ['AUTH_TOKEN_EXPIRED', 'AX1042'],
    ['AX1040', 'AX1040'],
    ['AX9999', undefined],
    ['nope', undefined],
  ])('finds %s as %s', (input, id) => {
    expect(findError(input)?.id).toBe(id);
  });

  it('types message placeholders against params', () => {
    const ok = defineError({id: 'AX1999', title: 't', area: 'auth', severity: 'error', message: 'a {x} b {y}', params: {x: 'string', y: 'integer'}, causes: ['c'], fixes: [{step: 's'}], introducedIn: '2.1.0'});
    expect(ok.aliases).toEqual([]);
    // @ts-expect-error `y` is a placeholder of the message but has no type in params
    defineError({id: 'AX1998', title: 't', area: 'auth', severity: 'error', message: 'a {x} b {y}', params: {x: 'string'}, causes: ['c'], fixes: [{step: 's'}], introducedIn: '2.1.0'});
  });
});
