import {existsSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchBrowser} from '../../../scripts/test/browser';
import {algoliaBuildDir} from '../../../scripts/test/algolia-fixture';
import {liveAnalyticsPort} from '../../../scripts/test/analytics-fixture';
import {startStaticServer, type StaticServer} from '../../../scripts/lib/static-server';
import {startAnalyticsServer, type AnalyticsServer} from '../../../scripts/analytics/serve';
import {formatAsOf} from '../../../src/analytics/views/format';

/**
 * Live mode against the reference endpoint itself, `npm run analytics:serve`, rather than a
 * mock: the live-mode test build fetches it, and every widget shows the served export's
 * figures with its own "as of". The served export is a small engine fixture, so its "as of"
 * differs from the build's snapshot and the swap is visible.
 */

const served = path.resolve(__dirname, '../../../src/analytics/__tests__/__fixtures__/alerts.ndjson');
let site: StaticServer;
let endpoint: AnalyticsServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  const dir = path.resolve(algoliaBuildDir);
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`No live-mode build in ${dir}: npm test builds it (the Algolia-mode build, with AX_ANALYTICS_URL set).`);
  site = await startStaticServer(dir);
  [endpoint, browser] = await Promise.all([startAnalyticsServer({events: served, port: liveAnalyticsPort, origin: new URL(site.url).origin}), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), endpoint?.close(), site?.close()]);
});

describe('live analytics from npm run analytics:serve', () => {
  it('shows the served export on every widget, "Live · as of" its newest event, with no page error', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${site.url}/analytics`, {waitUntil: 'load'});
    const live = `Live · as of ${formatAsOf(endpoint.snapshot.asOf)}`;
    const captions = page.getByTestId('analytics-caption');
    await expect.poll(async () => (await captions.allTextContents()).every((c) => c.includes(live)), {timeout: 10_000}).toBe(true);
    expect(await captions.count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });
});
