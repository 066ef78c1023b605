import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {telemetryEventSchema} from '../analytics/schema/event';
import {telemetryStorageKey, type StoredTelemetry} from '../telemetry/event-queue';
import {gotoHydrated, openPage, useBrowser} from '../../scripts/test/browser';

const chromium = useBrowser();

async function queued(page: Page): Promise<StoredTelemetry> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), telemetryStorageKey)) ?? 'null') as StoredTelemetry;
}

/** Presses Tab until `name` has focus: the page reached by keyboard alone. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
  }
  throw new Error(`Unexpected: Tab never reached "${name}", expected it within 200 presses`);
}

const popoverTitle = (page: Page) => page.locator('.driver-popover-title');
/** Waits until the tour's step `id` is highlighted and settled: driver.js ignores keys while it moves. */
const settledOn = (page: Page, id: string) => page.locator(`.ax-tour[data-tour-step="${id}"]`).waitFor({state: 'attached'});

describe('feedback and the guided tour in Chromium', () => {
  it('queues a "Yes" and a reasoned "No" as feedback events shaped per the event schema, sending nothing', async () => {
    const page = await openPage(chromium.browser, '/docs/start-here');
    const beacons: string[] = [];
    page.on('request', (r) => r.resourceType() === 'beacon' && beacons.push(r.url()));
    const feedback = page.locator('[data-testid="doc-feedback"][data-ready]');
    await feedback.getByRole('button', {name: 'Yes'}).click();
    await expect(feedback.getByRole('status').textContent()).resolves.toContain('kept in this browser only');
    await expect(feedback.getByRole('button', {name: 'Yes'}).getAttribute('aria-pressed')).resolves.toBe('true');

    await gotoHydrated(page, '/docs/handoff');
    const no = page.locator('[data-testid="doc-feedback"][data-ready]').getByRole('button', {name: 'No'});
    await no.click();
    await page.getByRole('checkbox', {name: 'Outdated'}).check();
    await page.getByRole('checkbox', {name: 'A command or sample did not work'}).check();
    await page.getByLabel('Comment (optional)').fill('The sign-off table misses Security.');
    await page.getByRole('button', {name: 'Send feedback'}).click();
    await expect(page.getByRole('status').filter({hasText: 'Thank you'}).count()).resolves.toBe(1);

    const {user, events} = await queued(page);
    expect(user).toMatch(/^web-/);
    for (const event of events) expect(telemetryEventSchema.safeParse(event).error).toBeUndefined();
    expect(events.map(({ts: _ts, ...rest}) => rest)).toEqual([
      {event: 'feedback', user, page: '/docs/start-here', rating: 'up'},
      {event: 'feedback', user, page: '/docs/handoff', rating: 'down', reasons: ['outdated', 'command-or-sample-failed', 'comment: The sign-off table misses Security.']},
    ]);
    expect(beacons).toEqual([]);
  });

  it('runs the tour by keyboard alone: Enter starts it, arrows and Next move, Esc leaves and focus returns', async () => {
    const page = await openPage(chromium.browser, '/docs/start-here');
    await page.locator('.ax-tour[data-ready]').waitFor();
    // The steps as the plain list offers them (the labs step appears once the labs are built).
    const ids = await page.locator('.ax-tour__steps > li').evaluateAll((items) => items.map((li) => li.id.replace('tour-step-', '')));
    expect(ids.slice(0, 3)).toEqual(['search', 'error-box', 'runbooks']);
    expect(ids.at(-1)).toBe('binder');
    await tabTo(page, 'Take the guided tour');
    await page.keyboard.press('Enter');
    await settledOn(page, ids[0]!);
    const seen = [(await popoverTitle(page).textContent()) ?? ''];
    // Next by the arrow key once, then by Tab to the popover's Next button and Enter.
    await page.keyboard.press('ArrowRight');
    await settledOn(page, ids[1]!);
    seen.push((await popoverTitle(page).textContent()) ?? '');
    for (const id of ids.slice(2)) {
      await tabTo(page, 'Next');
      await page.keyboard.press('Enter');
      await settledOn(page, id);
      seen.push((await popoverTitle(page).textContent()) ?? '');
    }
    const listed = await page.locator('.ax-tour__steps > li > strong').allTextContents();
    expect(listed.map((t) => t.replace(/\.$/, ''))).toEqual(seen);
    // On the last step the button says Finish; Esc leaves instead.
    await expect(page.locator('.driver-popover-next-btn').textContent()).resolves.toBe('Finish');
    await page.keyboard.press('Escape');
    await page.locator('.ax-tour[data-tour-state="idle"]').waitFor();
    await expect(page.locator('.driver-popover').count()).resolves.toBe(0);
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Take the guided tour');
  });
});
