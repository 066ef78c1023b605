import {describe, expect, it} from 'vitest';
import type {Browser, Locator, Page, Route} from 'playwright-core';
import {telemetryStorageKey} from '../telemetry/event-queue';
import {routes} from '../routes/table';
import {siteUrl, useBrowser} from '../../scripts/test/browser';

/**
 * Issue 19, item 3: no lost clicks before hydration. Each test opens a page with every script
 * held back (a network slowed without limit), acts on the server-rendered page, then lets the
 * scripts through and waits on an explicit hydration signal, never on a timer. Covered: main,
 * the navbar, the docs sidebar (category carets disabled, category links plain links), tabs (no
 * page has any; an enabled one would fail the per-page test) and <details>, which work natively.
 */
const chromium = useBrowser();

interface HeldPage {
  page: Page;
  /** Lets every held script and every later one through. */
  release(): void;
}

async function openHeld(browser: Browser, path: string, width = 1280): Promise<HeldPage> {
  const context = await browser.newContext({viewport: {width, height: 900}});
  const page = await context.newPage();
  const held: Route[] = [];
  let released = false;
  await page.route('**/*.js', (route) => (released ? route.continue() : void held.push(route)));
  // 'commit': DOMContentLoaded would wait for the held (deferred) scripts.
  await page.goto(siteUrl(path), {waitUntil: 'commit'});
  // The server's HTML is parsed once the footer is there; scripts are still held.
  await page.locator('footer').waitFor({state: 'attached'});
  return {
    page,
    release: () => {
      released = true;
      for (const route of held.splice(0)) void route.continue();
    },
  };
}

/** A reader's click at the middle of the control: reaches a disabled control too, unlike `click()`. */
async function tapAt(page: Page, control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = (await control.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Waits until React has hydrated: it enables the navbar's buttons (menu, colour mode), all disabled or inert before. */
async function hydrated(page: Page): Promise<void> {
  await page.locator('.navbar button:enabled:not([inert])').first().waitFor({state: 'attached'});
}

/**
 * Server-rendered controls in `main`, the docs sidebar and the navbar that are enabled (neither
 * disabled nor inside an `inert` group) before hydration, tabs (@theme/Tabs) included: a tab not marked aria-disabled would take a tap and lose it.
 */
async function enabledBeforeHydration(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement | HTMLButtonElement>('main button, main input, main select, main textarea, aside button, .navbar button, .navbar input, [role="tab"]:not([aria-disabled="true"])'))
      // Hidden controls (the feedback survey before No) cannot be clicked.
      .filter((c) => !c.disabled && !c.closest('fieldset:disabled') && !c.closest('[inert]') && c.getClientRects().length > 0)
      // Working before hydration by design: checklist boxes (read back on hydration) and the
      // uncontrolled answer fields of lab checkpoints (read when Check is pressed).
      .filter((c) => !c.hasAttribute('data-checklist-item') && !c.closest('form[data-checkpoint]'))
      .filter((c) => !c.classList.contains('ax-error-input'))
      .map((c) => `${c.tagName.toLowerCase()}${c.getAttribute('type') ? `[type=${c.getAttribute('type')}]` : ''} "${(c.getAttribute('aria-label') ?? c.textContent ?? '').trim().slice(0, 40)}"`),
  );
}

describe('controls before hydration, with scripts held back', () => {
  it('keeps boxes of the submission checklist ticked before hydration, and saves them', async () => {
    const {page, release} = await openHeld(chromium.browser, routes.runbook('governance'), 390);
    const list = page.locator('fieldset[data-restored]');
    const boxes = list.locator('input[type="checkbox"]');
    await boxes.nth(0).click();
    await boxes.nth(2).click();
    const clear = list.getByRole('button', {name: 'Clear progress'});
    await expect(clear.isDisabled()).resolves.toBe(true);
    await tapAt(page, clear);
    release();
    await page.locator('fieldset[data-restored="true"]').waitFor();
    await expect(boxes.evaluateAll((all) => all.map((b) => (b as HTMLInputElement).checked))).resolves.toEqual([true, false, true, false, false, false]);
    await expect(list.getByRole('status').textContent()).resolves.toBe('2 of 6 done.');
    const ids = await boxes.evaluateAll((all) => [0, 2].map((i) => all[i]!.getAttribute('data-checklist-item')));
    await page.waitForFunction((want) => JSON.stringify(JSON.parse(localStorage.getItem('ax-docs:submission-checklist') ?? '[]').sort()) === JSON.stringify(want), [...ids].sort());
    await expect(clear.isEnabled()).resolves.toBe(true);
    await page.context().close();
  });

  it('keeps the feedback buttons inert until hydrated: a tap records nothing, a tap after records once', async () => {
    const {page, release} = await openHeld(chromium.browser, routes.doc('start-here'));
    const yes = page.locator('[data-testid="doc-feedback"] button', {hasText: 'Yes'});
    await expect(yes.evaluate((button) => button.closest('[inert]') !== null)).resolves.toBe(true);
    await tapAt(page, yes);
    release();
    await page.locator('[data-testid="doc-feedback"][data-ready]').waitFor();
    await expect(yes.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.evaluate((key) => localStorage.getItem(key), telemetryStorageKey)).resolves.toBeNull();
    await yes.click();
    await expect(yes.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.context().close();
  });

  it('keeps an error ID typed before hydration and opens it once the button is no longer inert', async () => {
    const {page, release} = await openHeld(chromium.browser, routes.home);
    const form = page.getByRole('search', {name: 'Jump to an error'});
    await form.getByRole('textbox').fill('ax1042');
    const open = form.getByRole('button', {name: 'Open error page'});
    await expect(open.evaluate((button) => button.closest('[inert]') !== null)).resolves.toBe(true);
    await tapAt(page, open);
    release();
    await page.waitForFunction(() => !document.querySelector('form[aria-label="Jump to an error"] button')!.closest('[inert]'));
    expect(new URL(page.url()).pathname).toBe(routes.home);
    await expect(form.getByRole('textbox').inputValue()).resolves.toBe('ax1042');
    await open.click();
    await page.waitForURL((url) => url.pathname === routes.error('AX1042'));
    await page.context().close();
  });

  it.each([
    ['home', routes.home, 390],
    ['doc', routes.doc('start-here'), 390],
    ['doc, with its sidebar', routes.doc('start-here'), 1280],
    ['runbook', routes.runbook('governance'), 1280],
    ['runbooks index', routes.runbook(), 1280],
    ['error', routes.error('AX1042'), 1280],
    ['error index', routes.error(), 1280],
    ['matrix', routes.migration('compatibility'), 1280],
    ['upgrade checklist', routes.migration('checklist'), 1280],
    ['lab', routes.lab('first-plugin'), 1280],
    ['lab progress', routes.labProgress(), 1280],
    ['analytics', routes.analytics(), 1280],
    ['security', routes.security(), 1280],
    ['binder chapter', routes.binderChapter('kpi-scorecard'), 1280],
  ])('renders no enabled control that needs scripts on the %s page, and enables them on hydration', async (_kind, path, width) => {
    const {page, release} = await openHeld(chromium.browser, path, width);
    await expect(enabledBeforeHydration(page)).resolves.toEqual([]);
    release();
    await hydrated(page);
    // Then every control of the page and its sidebar is enabled: none is left inert after hydration.
    await page.waitForFunction(() => document.querySelectorAll(':is(main, aside) :is(button, input, select, textarea):disabled, :is(main, aside) [inert]').length === 0);
    await page.context().close();
  });

  it('shows the docs sidebar\'s category carets disabled until hydrated: a tap changes nothing, a tap after expands', async () => {
    const {page, release} = await openHeld(chromium.browser, routes.doc('start-here'));
    const caret = page.locator('aside nav.menu button.menu__caret').first();
    await expect(caret.isDisabled()).resolves.toBe(true);
    await tapAt(page, caret);
    release();
    await hydrated(page);
    await page.locator('aside nav.menu button.menu__caret:enabled').first().waitFor();
    await expect(caret.getAttribute('aria-expanded')).resolves.toBe('false');
    await caret.click();
    await expect(caret.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.context().close();
  });

  it('makes a sidebar category without a page of its own a plain link to its first page before hydration', async () => {
    const {page} = await openHeld(chromium.browser, routes.doc('start-here'));
    const category = page.locator('aside nav.menu a.menu__link--sublist-caret').first();
    const href = await category.getAttribute('href');
    expect(href).toMatch(/^\//);
    await tapAt(page, category);
    await page.waitForURL((url) => url.pathname === href, {waitUntil: 'commit'});
    await page.context().close();
  });

  it.each([
    ['the architecture map on the start page', routes.doc('start-here'), 'The same map as text'],
    ['an analytics widget', routes.analytics(), 'Data table:'],
  ])('keeps a <details> opened before hydration open, its content shown, and closes it after (%s)', async (_where, path, summaryText) => {
    const {page, release} = await openHeld(chromium.browser, path);
    const details = page.locator('main details').filter({has: page.locator('summary', {hasText: summaryText})}).first();
    const summary = details.locator('summary');
    // <details> works without scripts: the browser opens it.
    await tapAt(page, summary);
    await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    release();
    await hydrated(page);
    await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(details.locator(':scope > :not(summary)').first().isVisible()).resolves.toBe(true);
    await summary.click();
    await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await page.context().close();
  });
});
