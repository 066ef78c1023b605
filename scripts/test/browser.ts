import {chromium, type Browser, type Page} from 'playwright-core';
import {afterAll, afterEach, beforeAll, inject} from 'vitest';
import {chromiumArgs, findChromium} from '../lib/chromium';
import {waitForHydration} from '../lib/hydration';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site served for the browser tests. */
    baseUrl: string;
  }
}

/** Launches the system Chromium through playwright-core. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found; run `npm test`, which installs or explains how to get one.');
  return chromium.launch({executablePath, args: chromiumArgs});
}

/** One Chromium for the calling test file: launched before its first test, closed after its last; each test's pages close with it. */
export function useBrowser(): {readonly browser: Browser} {
  const session = {} as {browser: Browser};
  beforeAll(async () => {
    session.browser = await launchBrowser();
  });
  // A test's pages close when it ends: a page left open keeps running its timers and idle work
  // beside every later test of the file, which made a page load take 3 s instead of 1 s by the end.
  afterEach(async () => {
    await Promise.all(session.browser?.contexts().map((context) => context.close()) ?? []);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/** The served site's origin, provided by the e2e global set-up. */
export function siteUrl(path = '/'): string {
  return new URL(path, inject('baseUrl')).toString();
}

/** Reloads the page and waits for it to hydrate again. */
export async function reloadHydrated(page: Page): Promise<void> {
  await page.reload({waitUntil: 'load'});
  await waitForHydration(page);
}

/** Loads a path of the site in the page and waits for it to hydrate. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(siteUrl(path), {waitUntil: 'load'});
  await waitForHydration(page);
}

/** A fresh page in its own context, optionally at a viewport width, loaded and hydrated. */
export async function openPage(browser: Browser, path = '/', options: {width?: number; colorScheme?: 'light' | 'dark'} = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: {width: options.width ?? 1280, height: 900},
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  await gotoHydrated(page, path);
  return page;
}
