import {chromium, type Browser, type Page} from 'playwright-core';
import {afterAll, beforeAll, inject} from 'vitest';
import {chromiumArgs, findChromium} from '../lib/chromium';

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

/** One Chromium for the calling test file: launched before its first test, closed after its last. */
export function useBrowser(): {readonly browser: Browser} {
  const session = {} as {browser: Browser};
  beforeAll(async () => {
    session.browser = await launchBrowser();
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

/** A fresh page in its own context, optionally at a viewport width. */
export async function openPage(browser: Browser, path = '/', options: {width?: number; colorScheme?: 'light' | 'dark'} = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: {width: options.width ?? 1280, height: 900},
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  await page.goto(siteUrl(path), {waitUntil: 'networkidle'});
  return page;
}
