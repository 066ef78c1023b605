import type {Page} from 'playwright-core';

/**
 * When a flow's result counts as rendered: an element matching `selector` exists, its text
 * includes `includes` (if given) and differs from its text when the probe was armed (if
 * `changed`), and nothing matches `absent` (a busy state such as a disabled button).
 */
export interface RenderedWhen {
  selector: string;
  includes?: string;
  changed?: boolean;
  absent?: string;
}

/**
 * The in-page half, as a string: tsx names functions with a `__name` helper that would not exist
 * in the page if a compiled function were sent instead. Timing happens in the page with
 * performance.now(), so the DevTools protocol round trips of driving the browser never count.
 *
 * Start: the first input event after arming, in a capture listener on window (so before React's
 * root listener), at the event's own timestamp, which includes any wait in the input queue.
 * End: a MutationObserver sees the condition hold; then a requestAnimationFrame callback, then a
 * message posted from it, which runs after that frame has been painted.
 */
const probeSource = `(() => {
  if (window.__axBench) return;
  const inputEvents = ['pointerdown', 'mousedown', 'touchstart', 'keydown', 'beforeinput', 'input', 'change', 'click', 'submit'];
  let armed = null;
  const textOf = (selector) => { const el = document.querySelector(selector); return el ? el.textContent : null; };
  const holds = (c, before) => {
    const text = textOf(c.selector);
    if (text === null) return false;
    if (c.includes !== undefined && !text.includes(c.includes)) return false;
    if (c.changed && text === before) return false;
    return !(c.absent && document.querySelector(c.absent));
  };
  const check = () => {
    if (!armed || armed.t0 === undefined || armed.ended || !holds(armed.condition, armed.before)) return;
    const a = armed;
    a.ended = true;
    a.observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => a.resolve(performance.now() - a.t0);
      channel.port2.postMessage(0);
    });
  };
  for (const type of inputEvents) {
    window.addEventListener(type, (e) => {
      if (!armed || armed.t0 !== undefined) return;
      const now = performance.now();
      // Trust the event's own timestamp only when it is on this clock and recent.
      armed.t0 = e.timeStamp > 0 && e.timeStamp <= now && now - e.timeStamp < 1000 ? e.timeStamp : now;
      queueMicrotask(check);
    }, {capture: true});
  }
  window.__axBench = {
    arm(condition) {
      if (armed && armed.observer) armed.observer.disconnect();
      let resolve;
      const done = new Promise((r) => { resolve = r; });
      const observer = new MutationObserver(check);
      armed = {condition, before: textOf(condition.selector), t0: undefined, ended: false, resolve, observer};
      observer.observe(document.documentElement, {childList: true, subtree: true, characterData: true, attributes: true});
      window.__axBenchDone = done;
    },
  };
})();`;

/** Installs the probe in every document the page opens, including after reloads. */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript({content: probeSource});
  await page.evaluate(probeSource);
}

/**
 * Measures one interaction: arms the probe, runs `act` (a click, key press or selection through
 * Playwright, so the page receives real input events) and returns the in-page milliseconds from
 * the first input event to the frame after the result rendered.
 */
export async function timeInteraction(page: Page, when: RenderedWhen, act: () => Promise<unknown>, timeoutMs = 20_000): Promise<number> {
  await page.evaluate(`window.__axBench.arm(${JSON.stringify(when)})`);
  await act();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Unexpected wait over ${timeoutMs} ms for ${JSON.stringify(when)} on ${page.url()}, expected the flow's result to render`)),
      timeoutMs,
    );
  });
  try {
    const ms = await Promise.race([page.evaluate('window.__axBenchDone'), timeout]);
    if (typeof ms !== 'number') throw new Error(`Unexpected ${JSON.stringify(ms)} from the probe on ${page.url()}, expected milliseconds: did the page reload?`);
    return ms;
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for two frames, so a reset before the next sample has rendered and settled. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 20))))');
}
