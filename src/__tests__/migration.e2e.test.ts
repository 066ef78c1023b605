import {describe, expect, it} from 'vitest';
import {openPage, reloadHydrated, useBrowser, siteUrl} from '../../scripts/test/browser';

const chromium = useBrowser();

describe('the migration pages in Chromium', () => {
  it('filters the compatibility matrix to my runtime version', async () => {
    const page = await openPage(chromium.browser, '/migration/compatibility');
    const table = page.getByRole('table', {name: /Plugin runtime APIs and manifest versions/});
    expect(await table.locator('thead th').count()).toBe(11);
    await page.getByLabel('My runtime version').selectOption('2.4');
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/on runtime 2\.4\.$/);
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['API', 'Runtime 2.4 planned']);
    // The full table stays laid out but skipped: one table and one scroll region for a screen reader or the Tab key.
    const regions = page.getByRole('region', {name: 'Compatibility matrix, scrolls sideways'});
    await expect(regions.count()).resolves.toBe(1);
    await page.getByLabel('Only deprecated or removed').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.querySelector('thead th:nth-child(2)')?.textContent)).resolves.toBe('Runtime 2.4 planned');
    // APIs that only arrive later are hidden; v1 calls read "Removed" with a link to their step.
    const on = table.locator('tr[data-api="v1.ContextV1.on"] td:visible');
    await expect(on.count()).resolves.toBe(1);
    await expect(on.textContent()).resolves.toContain('Removed');
    await expect(on.getByRole('link', {name: 'Migration step for v1.ContextV1.on on runtime 2.4'}).getAttribute('href')).resolves.toBe('/migration/v1-to-v2#events');
    const config = table.locator('tr[data-api="v1.ContextV1.config"] td:visible');
    await expect(config.textContent()).resolves.toMatch(/Deprecated removal 6 September 2027/);
    await page.getByLabel('Only deprecated or removed').check();
    const ids = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-api')));
    expect(ids).toContain('v2.HttpClient.fetchRaw');
    expect(ids).not.toContain('v2.EventBus');
    // Back to all runtimes: the full table again, its rows following the filter set meanwhile (hidden, not removed).
    await page.getByLabel('My runtime version').selectOption('all');
    await expect(table.locator('thead th').count()).resolves.toBe(11);
    await expect(regions.count()).resolves.toBe(1);
    const shown = await table.locator('tbody tr:visible').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-api')));
    expect(shown).toContain('v1.ContextV1.on');
    expect(shown).not.toContain('v2.EventBus');
  });

  it('follows a matrix cell to its migration step', async () => {
    const page = await openPage(chromium.browser, '/migration/compatibility');
    await page.getByLabel('My runtime version').selectOption('2.3');
    await page.getByRole('link', {name: 'Migration step for v1.ContextV1.log on runtime 2.3'}).click();
    await page.waitForURL(/\/migration\/v1-to-v2#logging$/);
    await expect.poll(() => page.locator('#logging').textContent()).toContain('Write structured logs');
  });

  it('shows removals soonest first with a countdown', async () => {
    const page = await openPage(chromium.browser, '/migration/deprecations');
    const dates = await page.locator('table tbody tr td:first-child time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(5);
    expect(dates).toEqual([...dates].sort());
    await expect(page.locator('.ax-calendar__countdown').first().textContent()).resolves.toMatch(/^Removed (in \d+ days?|today|\d+ days? ago)$/);
  });

  it('keeps checklist ticks across visits and lists what breaks for a plugin', async () => {
    const page = await openPage(chromium.browser, '/migration/checklist');
    await page.getByLabel(/Step 2: Move the manifest/).check();
    await expect(page.getByText(/^1 of \d+ steps done\.$/).count()).resolves.toBe(1);
    await reloadHydrated(page);
    await expect(page.getByLabel(/Step 2: Move the manifest/).isChecked()).resolves.toBe(true);
    await page.getByLabel(/API calls, one a line/).fill('{"manifestVersion": 1, "permissions": ["storage"], "apis": ["ctx.on"]}');
    await page.getByRole('button', {name: 'Find breaking changes'}).click();
    const items = page.locator('.ax-breakage__list li');
    await expect.poll(() => items.evaluateAll((li) => li.map((l) => l.getAttribute('data-api')))).toEqual(['v1.ContextV1.on', 'v1.ContextV1.storage', 'v1.ManifestV1']);
    await expect(items.first().getByRole('link').getAttribute('href')).resolves.toBe('/migration/v1-to-v2#events');
  });

  it('serves the matrix as JSON and the calendar as iCalendar', async () => {
    const json = await fetch(siteUrl('/migration/compatibility.json'));
    expect(json.status).toBe(200);
    const data = (await json.json()) as {rows: {id: string}[]; releases: unknown[]; templates: {archetype: string; cells: unknown[]}[]};
    expect(data.rows.some((r) => r.id === 'v1.ContextV1.on')).toBe(true);
    // The templates' rows of the matrix page too, one per archetype, a cell per release.
    expect(data.templates.length).toBeGreaterThan(0);
    for (const row of data.templates) expect(row.cells).toHaveLength(data.releases.length);
    const ics = await (await fetch(siteUrl('/migration/deprecations.ics'))).text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('has no horizontal scroll at 390 px on the matrix', async () => {
    const page = await openPage(chromium.browser, '/migration/compatibility', {width: 390});
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
