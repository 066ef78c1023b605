import {afterEach, describe, expect, it, vi} from 'vitest';
import {whenIdle} from '../whenIdle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('asks for an idle callback of its own each time, with a timeout, and cancels it', () => {
    const requested: {callback: () => void; options: unknown}[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('window', {
      requestIdleCallback: (callback: () => void, options: unknown) => requested.push({callback, options}),
      cancelIdleCallback: (id: number) => cancelled.push(id),
    });
    const ran: string[] = [];
    whenIdle(() => ran.push('first'));
    const cancelSecond = whenIdle(() => ran.push('second'));
    expect(requested.map((r) => r.options)).toEqual([{timeout: 1000}, {timeout: 1000}]);
    cancelSecond();
    expect(cancelled).toEqual([2]);
    requested[0]!.callback();
    expect(ran).toEqual(['first']);
  });

  it('falls back to a timer where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', {setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms), clearTimeout: (id: number) => clearTimeout(id)});
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'));
    whenIdle(() => ran.push('cancelled'))();
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['kept']);
  });
});
