import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {openPage, reloadHydrated, siteUrl, useBrowser} from '../../../scripts/test/browser';
import {telemetryEventSchema} from '../../../src/analytics/schema/event';
import {readLabPages} from '../content';

const chromium = useBrowser();
const lab = readLabPages(path.resolve(__dirname, '../../..')).find((l) => l.id === 'first-plugin')!;

/** Answers one checkpoint with the given answer (a choice index, a command or a receipt) and presses Check. */
async function answer(page: Page, stepId: string, value: string | number): Promise<void> {
  const form = page.locator(`form[data-checkpoint="${stepId}"]`);
  if (typeof value === 'number') await form.getByRole('radio').nth(value).check();
  else await form.locator('[name="answer"]').fill(value);
  await form.getByRole('button', {name: 'Check'}).click();
}
const status = (page: Page, stepId: string) => page.locator(`form[data-checkpoint="${stepId}"] [role="status"]`);

/** Holds the site's scripts until released, so the page stays un-hydrated while the test clicks. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/js/**', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

async function completeFirstPlugin(page: Page): Promise<void> {
  for (const step of lab.frontmatter.steps) {
    await answer(page, step.id, step.checkpoint.sample);
    await expect(status(page, step.id).getByText(/^Passed/).waitFor()).resolves.toBeUndefined();
  }
}

describe('labs in Chromium', () => {
  it('completes a lab end to end through all three checkpoint levels, and queues correctly shaped progress events', async () => {
    expect(new Set(lab.frontmatter.steps.map((s) => s.checkpoint.level))).toEqual(new Set(['quiz', 'command', 'receipt']));
    const page = await openPage(chromium.browser, '/docs/labs/first-plugin');
    await expect(page.locator('form[data-checkpoint] legend').first().textContent()).resolves.toMatch(/Level 1: quiz/);
    await completeFirstPlugin(page);
    await page.locator('[data-lab-state="completed"]').waitFor();
    await page.goto(siteUrl('/docs/labs/progress'));
    await page.locator('tr[data-lab="first-plugin"][data-lab-state="completed"]').waitFor();
    const queued = (await page.getByTestId('queued-events').textContent())!.split('\n').map((l) => telemetryEventSchema.parse(JSON.parse(l)));
    expect(queued.map((e) => [e.event, e.lab])).toEqual([
      ['lab_started', 'first-plugin'],
      ['lab_completed', 'first-plugin'],
    ]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download queued events (NDJSON)'}).click()]);
    const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
    expect(lines.map((l) => telemetryEventSchema.parse(JSON.parse(l)).event)).toEqual(['lab_started', 'lab_completed']);
  });

  it('fails a command check with a message for the flag', async () => {
    const page = await openPage(chromium.browser, '/docs/labs/first-plugin');
    await answer(page, 'scaffold', 'ax plugin init hello-workflow --template wokflow --datastore none');
    await expect(status(page, 'scaffold').getByRole('listitem').first().textContent()).resolves.toBe('--template expects one of auth, data-sync, workflow, observability, governance, not wokflow');
  });

  it('fails a receipt check that names a different plugin id than an earlier step', async () => {
    const page = await openPage(chromium.browser, '/docs/labs/first-plugin');
    await answer(page, 'scaffold', 'ax plugin init hello-workflow --template workflow --datastore none');
    await status(page, 'scaffold').getByText(/^Passed/).waitFor();
    await answer(page, 'validate', JSON.stringify({plugin: 'billing-sync', version: '0.1.0', valid: true, errors: [], warnings: []}));
    await expect(status(page, 'validate').getByRole('listitem').first().textContent()).resolves.toBe('Unexpected "billing-sync" at plugin, expected "hello-workflow", the name from step “Scaffold the plugin”');
  });

  it('exports progress and imports it into another browser', async () => {
    const page = await openPage(chromium.browser, '/docs/labs/first-plugin');
    await completeFirstPlugin(page);
    await page.goto(siteUrl('/docs/labs/progress'));
    await page.locator('tr[data-lab="first-plugin"][data-lab-state="completed"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Export progress (JSON)'}).click()]);
    const file = (await download.path())!;
    const fresh = await openPage(chromium.browser, '/docs/labs/progress');
    await fresh.locator('tr[data-lab="first-plugin"][data-lab-state="not-started"]').waitFor();
    await fresh.getByLabel('Import progress (JSON):').setInputFiles(file);
    await fresh.locator('tr[data-lab="first-plugin"][data-lab-state="completed"]').waitFor();
    await expect(fresh.getByRole('status').filter({hasText: 'Imported'}).textContent()).resolves.toMatch(/^Imported 1 lab\(s\)/);
    await fresh.goto(siteUrl('/docs/labs'));
    await fresh.locator('tr[data-lab="first-plugin"][data-lab-state="completed"]').waitFor();
  });

  it('keeps a quiz answer picked before hydration', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const release = await holdScripts(page);
    await page.goto(siteUrl('/docs/labs/first-plugin'), {waitUntil: 'commit'});
    await page.locator('form[data-checkpoint="choose-template"]').getByRole('radio').first().check();
    release();
    const check = page.locator('form[data-checkpoint="choose-template"]').getByRole('button', {name: 'Check'});
    await page.waitForFunction(() => !document.querySelector('form[data-checkpoint="choose-template"] button[type="submit"]')?.hasAttribute('disabled'));
    await check.click();
    await status(page, 'choose-template').getByText(/^Passed/).waitFor();
  });

  it('keeps a submission checklist box ticked before hydration', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const release = await holdScripts(page);
    await page.goto(siteUrl('/runbooks/governance'), {waitUntil: 'commit'});
    const list = page.getByRole('group', {name: 'Marketplace submission checklist'});
    await list.getByRole('checkbox').first().check();
    release();
    await page.locator('fieldset[data-restored="true"]').waitFor();
    await expect(list.getByRole('checkbox').first().isChecked()).resolves.toBe(true);
    await expect(list.getByRole('status').textContent()).resolves.toMatch(/^1 of \d+ done/);
    await reloadHydrated(page);
    await page.locator('fieldset[data-restored="true"]').waitFor();
    await expect(list.getByRole('checkbox').first().isChecked()).resolves.toBe(true);
  });
});

describe('CLI reference output schemas in Chromium', () => {
  it('shows the --format json fields of a command the labs read', async () => {
    const page = await openPage(chromium.browser, '/docs/reference/cli/plugin-publish');
    const table = page.getByRole('table', {name: 'JSON output fields of ax plugin publish'});
    await expect(table.getByRole('row').count()).resolves.toBe(6);
    await expect(table.textContent()).resolves.toContain('submission_id');
  });
});
