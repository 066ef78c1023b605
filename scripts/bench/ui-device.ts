import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {chromiumArgs} from '../lib/chromium';
import {installProbe} from './ui-probe';

/**
 * The reference device of issue 19: Lighthouse 12's mobile preset (core/config/constants.js,
 * a Moto G Power: 412 × 823 CSS px at 1.75 device pixels per px, its user agent) with the CPU
 * slowed 4× — applied here, where Lighthouse only simulates it, because an interaction's time is
 * measured in the page rather than estimated from a trace.
 */
export const referenceDevice = {
  viewport: {width: 412, height: 823},
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36',
  cpuSlowdown: 4,
} as const;

export async function launchBenchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({executablePath, args: chromiumArgs});
}

export interface DevicePage {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * A fresh context (empty cache and storage, as a first visit) with one page on the reference
 * device, its CPU throttled before the first byte loads, and the timing probe installed.
 */
export async function openDevicePage(browser: Browser, origin: string): Promise<DevicePage> {
  const {cpuSlowdown, ...device} = referenceDevice;
  const context = await browser.newContext({...device, baseURL: origin, colorScheme: 'light', reducedMotion: 'reduce'});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpuSlowdown});
  await installProbe(page);
  return {context, page, close: () => context.close()};
}

/**
 * Loads a path and waits until the page is hydrated: the site keeps its controls disabled or in
 * an inert group until then (issue 19, item 3), so `ready` names one that must be neither.
 */
export async function gotoHydrated(page: Page, path: string, ready: string): Promise<void> {
  const response = await page.goto(path, {waitUntil: 'load'});
  if (!response || response.status() !== 200) throw new Error(`Unexpected HTTP ${response?.status()} for ${path}, expected 200: is the site built?`);
  await page.locator(ready).first().waitFor({state: 'attached'});
  const selector = JSON.stringify(ready);
  await page.waitForFunction(`!!document.querySelector(${selector}) && !document.querySelector(${selector}).disabled && !document.querySelector(${selector}).closest('[inert]')`, undefined, {timeout: 60_000});
}

/** A fixed loop of arithmetic, as source: the same work timed in the page and in Node. */
const busyLoop = '(() => { let x = 0; const t = performance.now(); for (let i = 0; i < 3e7; i++) x = (x + i * 7) % 1000003; return [performance.now() - t, x]; })()';

/**
 * How much slower the page runs a fixed loop than Node does on the same machine: close to the
 * throttling rate when throttling took hold (both are V8), close to 1 when it did not.
 */
export async function measuredSlowdown(page: Page): Promise<number> {
  const [pageMs] = (await page.evaluate(busyLoop)) as [number, number];
  const [nodeMs] = (0, eval)(busyLoop) as [number, number];
  return pageMs / nodeMs;
}
