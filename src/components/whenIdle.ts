import {startTransition, useEffect, useState} from 'react';

/** Longest wait for an idle moment, so the work still happens on a page that is never idle. */
const idleTimeoutMs = 1000;

/** What an idle callback learns: how long the browser expects to stay idle, and whether it waited its timeout instead. */
export type IdleDeadline = {timeRemaining(): number; didTimeout: boolean};

/** The deadline a timer's callback gets where the browser has no idle callbacks: a few milliseconds. */
const timerDeadline: IdleDeadline = {timeRemaining: () => 4, didTimeout: false};

/**
 * Runs `callback` in a task of its own once the browser is idle; returns a function that cancels it.
 * Each call gets its own task, so React renders and commits the updates of each call apart: after
 * hydration, seven code blocks each showing their buttons were one commit of over 100 ms on a
 * throttled phone (issue 13), and are now seven short ones.
 */
export function whenIdle(callback: (deadline: IdleDeadline) => void, timeoutMs = idleTimeoutMs): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, {timeout: timeoutMs});
    return () => window.cancelIdleCallback(id);
  }
  // Safari has no requestIdleCallback: a timer still gives the callback a task of its own.
  const id = window.setTimeout(() => callback(timerDeadline), 1);
  return () => window.clearTimeout(id);
}

/**
 * False in the server render and until the browser is idle after this component mounts; then
 * true, set in a transition. For what may appear a moment after the page is interactive.
 */
export function useIdleMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setMounted(true))), []);
  return mounted;
}
