import {describe, expect, it} from 'vitest';
import {openPage, siteUrl, useBrowser} from '../../../scripts/test/browser';
import {formatAsOf} from '../../../src/analytics/views/format';

const chromium = useBrowser();

/** What the build computed from the committed export, read back from its own exports. */
async function built(): Promise<{asOf: string; source: string; firing: string[]}> {
  const weekly = (await (await fetch(siteUrl('/analytics/exports/weekly.json'))).json()) as {asOf: string; source: {name: string}};
  const alerts = (await (await fetch(siteUrl('/analytics/exports/widgets/alerts.json'))).json()) as {rows: {scope: string; state: string}[]};
  return {asOf: `as of ${formatAsOf(weekly.asOf)}`, source: weekly.source.name, firing: alerts.rows.filter((r) => r.state === 'firing').map((r) => r.scope)};
}

describe('the analytics pages in the default build', () => {
  it('shows the overview: one h1, the synthetic-data intro, the alerts banner, every widget captioned', async () => {
    const {asOf, source, firing} = await built();
    expect(firing.length).toBeGreaterThan(0);
    const page = await openPage(chromium.browser, '/analytics');
    await expect(page.title()).resolves.toBe('Marketplace analytics | ax docs');
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toContain(asOf);
    await expect(page.locator('h1').allTextContents()).resolves.toEqual(['Marketplace analytics']);
    await expect(page.locator('main p').first().textContent()).resolves.toContain('The data is synthetic');
    const banner = page.getByRole('status').filter({hasText: 'Alert:'});
    for (const scope of firing) await expect(banner.textContent()).resolves.toContain(`${scope}: `);
    const captions = await page.getByTestId('analytics-caption').allTextContents();
    // The 11 overview widgets and the plugin picker's installs widget.
    expect(captions).toHaveLength(12);
    for (const c of captions) expect(c).toBe(`Source: ${source} · Synthetic data · ${asOf}`);
    await expect(page.getByRole('img', {name: 'Installs and search conversion per week'}).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table', {name: 'Retention by install cohort, all plugins'}).isVisible()).resolves.toBe(true);
  });

  it('switches the installs widget to another plugin with the picker in the widget, without leaving the page', async () => {
    const page = await openPage(chromium.browser, '/analytics');
    const picker = page.locator('[data-analytics-picker]');
    const select = picker.getByRole('combobox', {name: 'Plugin'});
    const plugins = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(plugins.length).toBeGreaterThan(2);
    await expect(picker.locator('figcaption').textContent()).resolves.toContain(`Installs of ${plugins[0]} per week`);
    await select.selectOption(plugins[1]!);
    await expect.poll(() => picker.locator('figcaption').textContent()).toContain(`Installs of ${plugins[1]} per week`);
    await expect(picker.getByRole('img', {name: `Installs of ${plugins[1]} per week`}).isVisible()).resolves.toBe(true);
    await expect(picker.locator('table caption').textContent()).resolves.toBe(`Installs of ${plugins[1]} per ISO week`);
    await expect(picker.locator('[aria-live="polite"]').textContent()).resolves.toMatch(new RegExp(`^Installs of ${plugins[1]} per week\\. Bar chart of installs per ISO week`));
    await expect(picker.getByRole('link', {name: /^CSV/}).getAttribute('href')).resolves.toBe(`/analytics/exports/widgets/plugin-${plugins[1]}-installs.csv`);
    expect(new URL(page.url()).pathname).toBe('/analytics');
    // From the keyboard too: the picker is a native select.
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => picker.locator('figcaption').textContent()).toContain(`Installs of ${plugins[2]} per week`);
  });

  it('reads without JavaScript: charts, tables and captions are in the HTML', async () => {
    const [plugin] = (await built()).firing;
    const context = await chromium.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(siteUrl(`/analytics/plugins/${plugin}`));
    await expect(page.locator('h1').textContent()).resolves.toBe(`Plugin analytics: ${plugin}`);
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
    for (const file of ['funnel.json', 'cohorts.csv', 'top-plugins.csv', 'search-trends.json', 'widgets/funnel.csv', 'widgets/plugin-slack-notify-cohorts.json']) {
      expect((await fetch(siteUrl(`/analytics/exports/${file}`))).status, file).toBe(200);
    }
    const schema = (await (await fetch(siteUrl('/analytics/snapshot.schema.json'))).json()) as {$id: string; properties: Record<string, unknown>};
    expect(schema.$id).toMatch(/\/analytics\/snapshot\.schema\.json$/);
    expect(Object.keys(schema.properties)).toContain('cohorts');
    expect((await fetch(siteUrl('/analytics/events.schema.json'))).status).toBe(200);
  });
});
