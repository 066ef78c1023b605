import {readFile} from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import {openPage, reloadHydrated, useBrowser} from '../../../scripts/test/browser';
import {drillLogSchema} from '../../../src/content-model/ops/drill';

const chromium = useBrowser();

describe('runbooks in Chromium', () => {
  it('runs a drill from start to finish and downloads its JSON log', async () => {
    const page = await openPage(chromium.browser, '/runbooks/runtime-scaling');
    await page.getByRole('button', {name: 'Start drill'}).click();
    const timer = page.getByTestId('drill-timer');
    await expect(timer.textContent()).resolves.toMatch(/^00:0\d$/);
    const boxes = page.getByRole('group', {name: 'Drill checklist'}).getByRole('checkbox');
    const total = await boxes.count();
    expect(total).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < total - 1; i++) await boxes.nth(i).check();
    await page.waitForTimeout(1100);
    await page.getByRole('button', {name: 'Finish drill'}).click();
    const result = page.getByRole('status').filter({hasText: 'Drill missed its target'});
    await expect(result.textContent()).resolves.toContain('1 step(s) skipped');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download drill log (JSON)'}).click()]);
    expect(download.suggestedFilename()).toMatch(/^runtime-scaling-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.json$/);
    const log = drillLogSchema.parse(JSON.parse(await readFile((await download.path())!, 'utf8')));
    expect(log.runbook).toBe('runtime-scaling');
    expect(log.steps).toHaveLength(total);
    expect(log.skipped).toEqual([log.steps.at(-1)!.id]);
    expect(log.met_target).toBe(false);
    expect(log.elapsed_seconds).toBeGreaterThanOrEqual(1);
    expect(log.elapsed_seconds).toBeLessThan(log.target_seconds);
  });

  it('fills the comms templates with the incident fields and offers a copy button', async () => {
    const page = await openPage(chromium.browser, '/runbooks/runtime-scaling');
    await page.getByLabel('Incident ID').fill('INC-2291');
    const initial = page.getByRole('region', {name: 'Initial message'});
    await expect(initial.locator('pre').textContent()).resolves.toContain('[SEV-2 Major] INC-2291: Runtime scaling');
    // Code blocks' buttons mount once the browser is idle after hydration (src/theme/CodeBlock/Buttons).
    const copy = initial.getByRole('button', {name: /copy/i});
    await copy.waitFor({state: 'attached'});
    await expect(copy.count()).resolves.toBe(1);
  });

  it('finds the runbook for an alert from the knowledge base filter and the query string', async () => {
    const page = await openPage(chromium.browser, '/runbooks?trigger=TelemetryIngestionStalled');
    await expect(page.locator('[data-kb-entry]').count()).resolves.toBe(1);
    await expect(page.locator('[data-kb-entry]').first().getAttribute('data-kb-entry')).resolves.toBe('telemetry-ingestion-lag');
    await page.getByLabel('Error ID, alert or title').fill('');
    await page.getByLabel('Owning team').selectOption('cli');
    await expect(page.locator('[data-kb-entry]').first().getAttribute('data-kb-entry')).resolves.toBe('cli-login-failures');
  });

  it('keeps submission checklist progress in the browser', async () => {
    const page = await openPage(chromium.browser, '/runbooks/governance');
    const list = page.getByRole('group', {name: 'Marketplace submission checklist'});
    await list.getByRole('checkbox').first().check();
    await reloadHydrated(page);
    await expect(list.getByRole('checkbox').first().isChecked()).resolves.toBe(true);
    await expect(list.getByRole('status').textContent()).resolves.toMatch(/^1 of \d+ done/);
  });

  it('shows a missed DR drill in the store history', async () => {
    const page = await openPage(chromium.browser, '/runbooks/disaster-recovery');
    await expect(page.locator('#store-telemetry-warehouse').count()).resolves.toBe(1);
    await expect(page.getByRole('table', {name: /telemetry warehouse/i}).textContent()).resolves.toContain('41 min of 30: missed');
  });

  it.each(['/runbooks', '/runbooks/runtime-scaling', '/runbooks/disaster-recovery', '/runbooks/governance', '/runbooks/severity-and-roles'])('has no horizontal scroll at 390 px on %s', async (path) => {
    const page = await openPage(chromium.browser, path, {width: 390});
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('links an error page back to the runbooks that name its ID, and the runbook to the error', async () => {
    const page = await openPage(chromium.browser, '/errors/AX3001');
    const aside = page.getByRole('complementary', {name: 'Runbooks for AX3001'});
    await aside.getByRole('link', {name: 'Plugin sandbox crash loop'}).click();
    await page.waitForURL(/\/runbooks\/runtime-plugin-crash-loop$/);
    const backLink = page.getByRole('table', {name: 'Runbook facts'}).getByRole('link', {name: 'AX3001'});
    await backLink.waitFor();
    await expect(backLink.getAttribute('href')).resolves.toBe('/errors/AX3001');
  });
});

