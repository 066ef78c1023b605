/**
 * Runs jobs in the browser's idle time, a few milliseconds per task. Every link in view asks for
 * its route's chunks as the page hydrates, all in one IntersectionObserver callback: on the
 * compatibility matrix that was one task of about 70 ms on a 4× throttled phone, blocking taps
 * just when the page looks ready. Queued here, the same work runs as short tasks that yield to input.
 */

import {whenIdle, type IdleDeadline} from '@site/src/components/whenIdle';

type Job = () => void;

/** Work per task: well under the 50 ms that makes a task long, even at 4× throttling. */
const budgetMs = 4;

/** Idle callbacks wait at most this long, so prefetching still happens on a page that is never idle. */
const timeoutMs = 2000;

/** What the queue needs of the browser: a clock and a way to be called back when idle. */
export interface IdleHost {
  now(): number;
  requestIdle(callback: (deadline: IdleDeadline) => void): void;
}

const browserHost: IdleHost = {
  now: () => performance.now(),
  requestIdle: (callback) => void whenIdle(callback, timeoutMs),
};

/** A queue whose jobs run in order, in idle callbacks, at most `budgetMs` of them per callback. */
export function createIdleQueue(host: IdleHost): <T>(job: () => T) => Promise<Awaited<T>> {
  const jobs: Job[] = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    host.requestIdle(runSome);
  };
  function runSome(deadline: IdleDeadline): void {
    scheduled = false;
    const start = host.now();
    while (jobs.length > 0 && host.now() - start < budgetMs && (deadline.didTimeout || deadline.timeRemaining() > 0)) jobs.shift()!();
    if (jobs.length > 0) schedule();
  }
  return <T>(job: () => T) =>
    new Promise<Awaited<T>>((resolve, reject) => {
      jobs.push(() => {
        try {
          resolve(job() as Awaited<T>);
        } catch (error) {
          reject(error);
        }
      });
      schedule();
    });
}

/** Runs `job` in a later idle task of this page, in the order jobs were queued; resolves with its result. */
export const queueWhenIdle = createIdleQueue(browserHost);
