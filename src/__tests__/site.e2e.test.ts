import {describe, expect, it} from 'vitest';
import {gotoHydrated, openPage, siteUrl, useBrowser} from '../../scripts/test/browser';
import {waitForHydration} from '../../scripts/lib/hydration';
import {compileHint} from '../../plugins/compile-hints';
import {routes} from '../routes/table';

const chromium = useBrowser();

describe('the built site in Chromium', () => {
  it('loads the home page with a door for each reader', async () => {
    const page = await openPage(chromium.browser, '/');
    await expect(page.title()).resolves.toContain('ax docs');
    for (const name of ['Start here', 'Open the runbooks', 'Open the handoff binder', 'Read the contributing guide']) {
      expect(await page.getByRole('link', {name}).count()).toBeGreaterThanOrEqual(1);
    }
    await page.getByLabel('Got an error ID?').fill('nope');
    await page.getByRole('button', {name: 'Open error page'}).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Error IDs look like AX1042');
  });

  // A page whose server HTML differs from its first client render is drawn again from scratch
  // (React error 418): its controls flicker and Lighthouse counts seconds of blocking time.
  it.each(['/', '/docs/start-here', '/errors/AX1042', '/runbooks/incident-triage', '/migration/compatibility', '/analytics', '/docs/handoff/kpi-scorecard', '/docs/templates'])(
    'hydrates %s without a console error',
    async (path) => {
      const context = await chromium.browser.newContext({viewport: {width: 1280, height: 900}});
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text().slice(0, 160))));
      page.on('pageerror', (error) => void errors.push(error.message.slice(0, 160)));
      // A hydration error is logged before the page counts as hydrated.
      await gotoHydrated(page, path);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('serves the architecture map as SVG drawn at build time', async () => {
    const page = await openPage(chromium.browser, '/docs/start-here');
    const map = page.getByTestId('architecture-map');
    await expect(map.textContent()).resolves.toContain('Plugin marketplace');
    // Text at a readable size: drawn at its own scale (names at 15 px), not shrunk to fit.
    const scale = await map.evaluate((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);
    expect(scale).toBe(1);
    await expect(map.locator('text', {hasText: 'Plugin marketplace'}).evaluate((t) => getComputedStyle(t).fontSize)).resolves.toBe('15px');
  });

  it('embeds analytics widgets in the marketplace analytics guide as server-rendered SVG', async () => {
    const page = await openPage(chromium.browser, '/docs/guides/marketplace-analytics');
    const funnel = page.getByRole('img', {name: 'Adoption funnel, all plugins'});
    await expect(funnel.isVisible()).resolves.toBe(true);
    await expect(page.locator('figure[data-analytics-widget]').count()).resolves.toBe(3);
  });

  it('prefetches each chunk once, however many links need it', async () => {
    // A runbook links to every other runbook; each used to prefetch the section's shared chunks again.
    const page = await openPage(chromium.browser, '/runbooks/incident-triage', {width: 412});
    const prefetched = () => page.evaluate(() => Array.from(document.querySelectorAll('link[rel=prefetch]'), (l) => l.getAttribute('href')));
    // A link prefetches once it has been in view, from an idle callback: a loaded machine may not
    // have run one yet when the page is ready. Bring the page's last links into view and wait for it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await prefetched()).length, {timeout: 20_000}).toBeGreaterThan(0);
    // Then let every prefetch already queued run before counting repeats.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(() => done(null)))));
    const hrefs = await prefetched();
    expect(hrefs.length).toBe(new Set(hrefs).size);
  });

  // The page's HTML names every chunk its route needs, so they download beside main.js; before,
  // webpack asked for each once main.js had run: one more round trip before hydration.
  it.each([routes.doc('start-here'), routes.error('AX1042'), routes.runbook('incident-triage'), routes.migration('compatibility')])('hydrates %s from the chunks its HTML names', async (path) => {
    const context = await chromium.browser.newContext({viewport: {width: 412, height: 823}});
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && requested.push(new URL(request.url()).pathname)));
    const response = await page.goto(siteUrl(path), {waitUntil: 'load'});
    await waitForHydration(page);
    // The HTML as served, parsed by the browser: webpack removes each chunk's element once it has run.
    const named = await page.evaluate((html) => Array.from(new DOMParser().parseFromString(html, 'text/html').querySelectorAll('script[src]'), (s) => s.getAttribute('src')!), await response!.text());
    expect(requested.filter((src) => !named.includes(src))).toEqual([]);
    expect(named.length).toBeGreaterThan(2);
  });

  it('opens the entry scripts with V8\'s compile hint, so they compile as they download', async () => {
    const page = await openPage(chromium.browser, '/');
    const entries = await page.evaluate(() => Array.from(document.querySelectorAll('script[src*="main"]'), (s) => s.getAttribute('src')!));
    expect(entries).toHaveLength(2);
    for (const src of entries) await expect(page.evaluate(async (url) => (await (await fetch(url)).text()).split('\n')[0], src)).resolves.toBe(compileHint);
  });

  it('opens the phone menu on a tap, with the doc sidebar and the sections, and closes it', async () => {
    const page = await openPage(chromium.browser, '/runbooks/incident-triage', {width: 412});
    // Mounted on first opening (src/theme/Navbar/MobileSidebar), so none of its links prefetched before.
    await expect(page.locator('.navbar-sidebar').count()).resolves.toBe(0);
    const toggle = page.getByRole('button', {name: 'Toggle navigation bar'});
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const menu = page.locator('.navbar-sidebar');
    await menu.getByRole('link', {name: 'Incident severity and roles'}).waitFor({state: 'visible'});
    await menu.getByRole('button', {name: '← Back to main menu'}).click();
    await menu.getByRole('link', {name: 'Migration'}).waitFor({state: 'visible'});
    await menu.getByRole('button', {name: 'Close navigation bar'}).click();
    await menu.waitFor({state: 'hidden'});
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    // Opened again, it shows the doc sidebar first, as the stock menu does, and follows its links.
    await toggle.click();
    await menu.getByRole('link', {name: 'Incident severity and roles'}).click();
    await page.waitForURL('**/runbooks/severity-and-roles');
  });

  it('offers wrap and copy on a code block too wide for a phone, and wraps it', async () => {
    const page = await openPage(chromium.browser, '/runbooks/incident-triage', {width: 412});
    const block = page.locator('.theme-code-block', {hasText: 'ax incident declare'});
    // The buttons mount after hydration (src/theme/CodeBlock/Buttons); wrap only on a block that scrolls.
    const wrap = block.getByRole('button', {name: 'Toggle word wrap'});
    await wrap.waitFor({state: 'attached'});
    await expect(block.getByRole('button', {name: 'Copy code to clipboard'}).count()).resolves.toBe(1);
    await wrap.focus();
    await page.keyboard.press('Enter');
    await expect(block.locator('code').evaluate((c) => getComputedStyle(c).whiteSpace)).resolves.toBe('pre-wrap');
    // A block that fits keeps copy only.
    const short = page.locator('.theme-code-block', {hasText: 'ax runtime status'});
    await short.getByRole('button', {name: 'Copy code to clipboard'}).waitFor({state: 'attached'});
    await expect(short.getByRole('button', {name: 'Toggle word wrap'}).count()).resolves.toBe(0);
  });

  it('reaches the sidebar by keyboard alone', async () => {
    const page = await openPage(chromium.browser, '/docs/start-here');
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => (document.activeElement?.closest('.theme-doc-sidebar-container, nav.menu') ? 'sidebar' : document.activeElement?.tagName ?? '')));
      if (reached.includes('sidebar')) break;
    }
    expect(reached).toContain('sidebar');
  });

  it('moves between docs in the page, and the navbar marks the section', async () => {
    const page = await openPage(chromium.browser, '/docs/start-here');
    const activeNavbar = () => page.locator('.navbar a.navbar__link--active').allTextContents();
    await expect(activeNavbar()).resolves.toEqual(['Docs']);
    // A marker on window survives client-side navigation and is lost on a full reload.
    await page.evaluate(() => Object.assign(window, {axNoReload: true}));
    // The URL changes before React renders the new page, so each check waits for the render.
    await page.locator('nav.menu a[href="/docs/handoff"]').click();
    await expect.poll(() => page.locator('article h1').textContent()).toBe('Handoff binder');
    await expect.poll(activeNavbar).toEqual(['Handoff binder']);
    await page.locator('.navbar a', {hasText: 'Runbooks'}).click();
    await page.waitForURL('**/runbooks');
    await expect.poll(activeNavbar).toEqual(['Runbooks']);
    await expect(page.evaluate(() => 'axNoReload' in window)).resolves.toBe(true);
  });

  it('switches to dark mode with the toggle', async () => {
    const page = await openPage(chromium.browser, '/docs/start-here');
    const before = await page.evaluate(() => document.documentElement.dataset.theme);
    // The toggle cycles system → light → dark, so it takes at most three presses to reach dark.
    const toggle = page.getByRole('button', {name: /dark mode|light mode|system mode/i}).first();
    let after = before;
    for (let i = 0; i < 3 && after !== 'dark'; i++) {
      await toggle.click();
      after = await page.evaluate(() => document.documentElement.dataset.theme);
    }
    expect(before).toBe('light');
    expect(after).toBe('dark');
  });

  it.each(['/', '/docs/start-here', '/docs/reference/ownership', '/docs/contributing', '/analytics', '/analytics/plugins/log-shipper', '/docs/guides/marketplace-analytics', '/health'])('has no horizontal scroll at 390 px on %s', async (path) => {
    const page = await openPage(chromium.browser, path, {width: 390});
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('renders the ownership matrix from the registry', async () => {
    const page = await openPage(chromium.browser, '/docs/reference/ownership');
    expect(await page.locator('table tbody tr').count()).toBe(7);
    await expect(page.locator('#team-devops').textContent()).resolves.toContain('DevOps Squad');
  });
});
