import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchBrowser} from '../../../scripts/test/browser';
import {algoliaBuildDir} from '../../../scripts/test/algolia-fixture';
import {liveAnalyticsPort} from '../../../scripts/test/analytics-fixture';
import {startStaticServer, type StaticServer} from '../../../scripts/lib/static-server';
import {liveSnapshot, startLiveMock, type MockMode} from './live-mock';
import {formatAsOf, formatCount} from '../../../src/analytics/views/format';

/**
 * Live mode against the Algolia-mode test build, which `npm test` builds with
 * AX_ANALYTICS_URL pointing at the mock below. Each failure keeps the snapshot, says why, and
 * leaves no error on the page.
 */

const xss = '<img src=x onerror=window.__xss=1>';
/** The build's own figures, read back from its exports: what a fallback must show. */
let snapshotAsOf: string;
let snapshotViewed: string;
let firingPlugin: string;

let site: StaticServer;
let mock: Awaited<ReturnType<typeof startLiveMock>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  const dir = path.resolve(algoliaBuildDir);
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`No live-mode build in ${dir}: npm test builds it (the Algolia-mode build, with AX_ANALYTICS_URL set).`);
  const exported = (file: string) => JSON.parse(readFileSync(path.join(dir, 'analytics/exports', file), 'utf8'));
  snapshotAsOf = `snapshot as of ${formatAsOf(exported('weekly.json').asOf)}`;
  snapshotViewed = formatCount(exported('funnel.json').rows[0].viewed);
  firingPlugin = exported('widgets/alerts.json').rows.find((r: {state: string}) => r.state === 'firing').scope;
  [site, mock, browser] = await Promise.all([startStaticServer(dir), startLiveMock(liveAnalyticsPort), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), mock?.close(), site?.close()]);
});

/** Opens a page with the mock in `mode`; collects console errors and page errors from the start. */
async function open(mode: MockMode, route = '/analytics', offline = false): Promise<{page: Page; errors: string[]}> {
  mock.setMode(mode);
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const errors: string[] = [];
  // A failed request is logged by Chromium itself ("Failed to load resource"): that is the
  // endpoint failing, which these tests cause on purpose, not an error of the page.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (offline) await page.route('**/v1/snapshot', (r) => r.abort('internetdisconnected'));
  await page.goto(site.url + route, {waitUntil: 'load'});
  return {page, errors};
}

const captions = (page: Page) => page.getByTestId('analytics-caption').allTextContents();

async function waitForCaptions(page: Page, text: string): Promise<string[]> {
  await expect.poll(async () => (await captions(page)).every((c) => c.includes(text)), {timeout: 10_000}).toBe(true);
  return captions(page);
}

describe('live analytics in Chromium', () => {
  it('swaps every widget to the live figures together, "Live · as of …"', async () => {
    const {page, errors} = await open({kind: 'json', body: liveSnapshot((s) => (s.funnel.viewed = 9999))});
    const all = await waitForCaptions(page, 'Live · as of 27 Nov 2026, 09:30 UTC');
    // The 11 overview widgets and the plugin picker's installs widget.
    expect(all.length).toBe(12);
    await expect(page.locator('[data-figures="snapshot"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-analytics-widget="funnel"]').textContent()).resolves.toContain('9,999');
    await expect(page.getByTestId('analytics-page-status').textContent()).resolves.toContain('Live · as of');
    expect(mock.requests()).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  it('asks the endpoint once per page, however many widgets it has', async () => {
    const before = mock.requests();
    const {page} = await open({kind: 'json', body: liveSnapshot()});
    await waitForCaptions(page, 'Live · as of');
    expect(mock.requests() - before).toBe(1);
  });

  it.each([
    ['HTTP 500', {kind: 'status', status: 500} as MockMode, false],
    ['invalid JSON', {kind: 'raw', body: '{"schemaVersion": 1,'} as MockMode, false],
    ['schema mismatch', {kind: 'json', body: liveSnapshot((s) => Object.assign(s, {weeks: 'many'}))} as MockMode, false],
    ['network error', {kind: 'json', body: liveSnapshot()} as MockMode, true],
    ['timeout', {kind: 'stall'} as MockMode, false],
  ])('keeps the snapshot and says why on %s', async (reason, mode, offline) => {
    const {page, errors} = await open(mode, '/analytics', offline);
    const all = await waitForCaptions(page, `Live data unavailable (${reason}) — ${snapshotAsOf}`);
    // The 11 overview widgets and the plugin picker's installs widget.
    expect(all.length).toBe(12);
    await expect(page.locator('[data-figures="live"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-analytics-widget="funnel"]').textContent()).resolves.toContain(snapshotViewed);
    expect(errors).toEqual([]);
  });

  it('falls back on a plugin page too', async () => {
    const {page, errors} = await open({kind: 'status', status: 500}, `/analytics/plugins/${firingPlugin}`);
    await waitForCaptions(page, `Live data unavailable (HTTP 500) — ${snapshotAsOf}`);
    await expect(page.getByTestId('analytics-alert-state').textContent()).resolves.toContain('Firing');
    expect(errors).toEqual([]);
  });

  it('renders markup in live data as text, never as HTML', async () => {
    const {page, errors} = await open({kind: 'json', body: liveSnapshot((s) => s.searchTrends.top.unshift({query: xss, current: 999, previous: 1}))});
    await waitForCaptions(page, 'Live · as of');
    await page.locator('[data-analytics-widget="search-trends"] summary').click();
    await expect(page.locator('[data-analytics-widget="search-trends"] table').textContent()).resolves.toContain(xss);
    await expect(page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).resolves.toBeUndefined();
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('rejects a plugin id that is markup, keeping the snapshot', async () => {
    const {page, errors} = await open({kind: 'json', body: liveSnapshot((s) => (s.plugins[0]!.plugin = xss))});
    await waitForCaptions(page, `Live data unavailable (schema mismatch) — ${snapshotAsOf}`);
    await expect(page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).resolves.toBeUndefined();
    expect(errors).toEqual([]);
  });
});
