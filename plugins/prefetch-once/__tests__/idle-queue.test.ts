import {describe, expect, it} from 'vitest';
import {createIdleQueue, type IdleHost} from '../client/idle-queue';

type IdleCallback = Parameters<IdleHost['requestIdle']>[0];

/** A host whose clock the jobs move, and whose idle callbacks run only when the test says. */
function fakeHost() {
  const pending: IdleCallback[] = [];
  const clock = {now: 0};
  const host: IdleHost = {now: () => clock.now, requestIdle: (cb) => void pending.push(cb)};
  const idle = (timeRemaining: number, didTimeout = false) => pending.shift()!({timeRemaining: () => timeRemaining, didTimeout});
  return {host, clock, pending, idle};
}

describe('idle queue', () => {
  it('runs jobs in order in idle callbacks, a few milliseconds per callback', async () => {
    const {host, clock, pending, idle} = fakeHost();
    const whenIdle = createIdleQueue(host);
    const ran: number[] = [];
    // Each job takes 3 ms, so the 4 ms budget fits two per callback.
    const results = [1, 2, 3, 4, 5].map((n) => whenIdle(() => ((clock.now += 3), ran.push(n), n * 10)));
    expect(ran).toEqual([]);
    expect(pending).toHaveLength(1);
    idle(50);
    expect(ran).toEqual([1, 2]);
    idle(50);
    expect(ran).toEqual([1, 2, 3, 4]);
    // A callback that comes on its timeout still runs, within the same budget.
    idle(0, true);
    expect(ran).toEqual([1, 2, 3, 4, 5]);
    expect(pending).toHaveLength(0);
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40, 50]);
  });

  it('waits when the browser has no idle time left, and rejects a job that throws', async () => {
    const {host, pending, idle} = fakeHost();
    const whenIdle = createIdleQueue(host);
    const failing = whenIdle(() => {
      throw new Error('no chunk');
    });
    const later = whenIdle(() => 'later');
    idle(0);
    expect(pending).toHaveLength(1);
    idle(10);
    await expect(failing).rejects.toThrow('no chunk');
    await expect(later).resolves.toBe('later');
  });
});
