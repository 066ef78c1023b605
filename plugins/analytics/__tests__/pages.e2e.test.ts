import {describe, expect, it} from 'vitest';
import {openPage, siteUrl, useBrowser} from '../../../scripts/test/browser';

const chromium = useBrowser();
const asOf = 'as of 26 Nov 2026, 15:42 UTC';

describe('the analytics pages in the default build', () => {
  it('shows the overview: one h1, the synthetic-data intro, the alerts banner, every widget captioned', async () => {
    const page = await openPage(chromium.browser, '/analytics');
    await expect(page.title()).resolves.toBe('Marketplace analytics | ax docs');
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toContain(asOf);
    await expect(page.locator('h1').allTextContents()).resolves.toEqual(['Marketplace analytics']);
    await expect(page.locator('main p').first().textContent()).resolves.toContain('The data is synthetic');
    const banner = page.getByRole('status').filter({hasText: 'Alert:'});
    await expect(banner.textContent()).resolves.toContain('log-shipper: 30 installs in 2026-W47, −48.3%');
    const captions = await page.getByTestId('analytics-caption').allTextContents();
    expect(captions).toHaveLength(11);
    for (const c of captions) expect(c).toBe(`Source: events.parquet · Synthetic data · ${asOf}`);
    await expect(page.getByRole('img', {name: 'Installs and search conversion per week'}).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table', {name: 'Retention by install cohort, all plugins'}).isVisible()).resolves.toBe(true);
  });

  it('reads without JavaScript: charts, tables and captions are in the HTML', async () => {
    const context = await chromium.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(siteUrl('/analytics/plugins/log-shipper'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Plugin analytics: log-shipper');
    await expect(page.getByTestId('analytics-alert-state').textContent()).resolves.toContain('Firing');
    await expect(page.locator('figure svg[role="img"]').count()).resolves.toBe(3);
    await expect(page.locator('figure details table').count()).resolves.toBe(4);
    await context.close();
  });

  it('loads no live code in a build without a live endpoint', async () => {
    const page = await openPage(chromium.browser, '/analytics');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.waitForTimeout(500);
    expect(requests.filter((u) => u.includes('/v1/snapshot'))).toEqual([]);
    await expect(page.locator('[data-figures="live"]').count()).resolves.toBe(0);
  });

  it('publishes the exports, each widget download and both schemas', async () => {
    const csv = await fetch(siteUrl('/analytics/exports/weekly.csv'));
    expect(csv.status).toBe(200);
    expect((await csv.text()).split('\r\n')[0]).toBe('week,start,partial,active_developers,installs,searches,search_conversion');
    for (const file of ['funnel.json', 'cohorts.csv', 'top-plugins.csv', 'search-trends.json', 'widgets/funnel.csv', 'widgets/plugin-log-shipper-cohorts.json']) {
      expect((await fetch(siteUrl(`/analytics/exports/${file}`))).status, file).toBe(200);
    }
    const schema = (await (await fetch(siteUrl('/analytics/snapshot.schema.json'))).json()) as {$id: string; properties: Record<string, unknown>};
    expect(schema.$id).toMatch(/\/analytics\/snapshot\.schema\.json$/);
    expect(Object.keys(schema.properties)).toContain('cohorts');
    expect((await fetch(siteUrl('/analytics/events.schema.json'))).status).toBe(200);
  });
});
