import type {Page} from 'playwright-core';

/**
 * Waits until the page has hydrated and its browser-only render has committed: Docusaurus turns
 * `data-has-hydrated` on <html> true a frame after that render. Not `networkidle`, which returns
 * before that render when the network falls quiet early, and long after it while routes prefetch.
 * Rejects after the page's default timeout.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}
