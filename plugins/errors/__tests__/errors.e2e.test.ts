import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {openPage, useBrowser, siteUrl} from '../../../scripts/test/browser';
import type {CatalogJson} from '../../../src/error-catalog/catalog-json';

const buildDir = path.resolve(process.env.AX_DOCS_BUILD_DIR ?? 'build');
const catalog = JSON.parse(readFileSync(path.join(buildDir, 'errors/catalog.json'), 'utf8')) as CatalogJson;

/** The visible text of an HTML page, roughly: tags dropped, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
const plain = (s: string) => s.replace(/`/g, '').replace(/\s+/g, ' ');

describe('every error in catalog.json has a page', () => {
  it.each(catalog.errors.map((e) => [e.id, e] as const))('%s: served with title, every cause and every fix', async (id, e) => {
    const res = await fetch(siteUrl(`/errors/${id}`));
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = textOf(html);
    expect(text).toContain(`${id}: ${e.title}`);
    expect(html).toMatch(new RegExp(`<title[^>]*>${id}: `));
    expect(html).toMatch(new RegExp(`name="?ax:exact"? content="?${[id, ...e.aliases].join(',')}`));
    for (const c of e.causes) expect(text).toContain(plain(c));
    for (const f of e.fixes) {
      expect(text).toContain(plain(f.step));
      if (f.command) expect(text).toContain(f.command);
    }
    if (e.status === 'retired') expect(text).toContain(`No longer emitted since v${e.retiredIn}; see ${e.replacedBy}`);
  });

  it('serves the catalog and its schema', async () => {
    const res = await fetch(siteUrl('/errors/catalog.schema.json'));
    expect(res.status).toBe(200);
    expect(((await res.json()) as {title: string}).title).toBe('ax error catalog');
  });
});

const chromium = useBrowser();

describe('error deep links in Chromium', () => {
  it('shows the correlation ID, a copy button and the logs command', async () => {
    const page = await openPage(chromium.browser, '/errors/AX1042?cid=abc-123&v=2.1.0');
    await expect(page.getByRole('heading', {level: 1}).textContent()).resolves.toBe('AX1042: Session expired');
    await expect(page.getByTestId('correlation-id').textContent()).resolves.toBe('abc-123');
    await expect(page.getByTestId('logs-command').textContent()).resolves.toBe('ax logs --correlation-id abc-123');
    expect(await page.getByRole('button', {name: 'Copy correlation ID'}).count()).toBe(1);
    await expect(page.locator('[data-applies="true"]').first().textContent()).resolves.toContain('Applies to your version (2.1.0)');
  });

  it('marks fixes that do not apply to the reader\'s version', async () => {
    const page = await openPage(chromium.browser, '/errors/AX1043?v=2.1.0');
    await expect(page.locator('[data-applies="false"]').first().textContent()).resolves.toContain('Does not apply to your version (2.1.0)');
    const old = await openPage(chromium.browser, '/errors/AX1043?v=2.0.3');
    await expect(old.locator('[data-applies="true"]').first().textContent()).resolves.toContain('Applies to your version (2.0.3)');
  });

  it('renders a hostile correlation ID as text and quotes it in the command', async () => {
    const cid = `x'"><img src=x onerror="window.__pwned=1">`;
    const page = await openPage(chromium.browser, `/errors/AX1042?cid=${encodeURIComponent(cid)}`);
    await expect(page.getByTestId('correlation-id').textContent()).resolves.toBe(cid);
    expect(await page.locator('[data-testid="correlation-panel"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    await expect(page.getByTestId('logs-command').textContent()).resolves.toBe(`ax logs --correlation-id 'x'\\''"><img src=x onerror="window.__pwned=1">'`);
  });

  it.each([
    ['/errors/ax1042?cid=abc-123&v=2.1.0', '/errors/AX1042?cid=abc-123&v=2.1.0'],
    ['/errors/Ax1042?cid=abc-123', '/errors/AX1042?cid=abc-123'],
    ['/errors/E_SESSION_EXPIRED?cid=abc-123', '/errors/AX1042?cid=abc-123'],
    ['/errors/e_session_expired', '/errors/AX1042'],
    ['/errors/auth_token_expired', '/errors/AX1042'],
    ['/errors/ax-1042?v=2.1.0', '/errors/AX1042?v=2.1.0'],
    ['/errors/E_Session_Expired', '/errors/AX1042'],
  ])('%s reaches the canonical page', async (from, to) => {
    const page = await openPage(chromium.browser, from);
    await page.waitForURL((u) => `${u.pathname}${u.search}` === to);
    await page.getByRole('heading', {level: 1, name: 'AX1042: Session expired'}).waitFor();
  });

  it('keeps a retired ID at 200 with its replacement', async () => {
    const res = await fetch(siteUrl('/errors/ax1040'));
    expect(res.status).toBe(200);
    const page = await openPage(chromium.browser, '/errors/AX1040');
    await expect(page.getByText('No longer emitted since v2.1.0; see').textContent()).resolves.toContain('AX1042: Session expired');
  });

  it('lands the home page error box on the error page', async () => {
    const page = await openPage(chromium.browser, '/');
    await page.getByLabel('Got an error ID?').fill('ax-1042');
    await page.getByRole('button', {name: 'Open error page'}).click();
    await page.waitForURL(/\/errors\/AX1042$/);
    await page.getByRole('heading', {level: 1, name: 'AX1042: Session expired'}).waitFor();
    const again = await openPage(chromium.browser, '/');
    await again.getByLabel('Got an error ID?').fill('rt_oom');
    await again.getByRole('button', {name: 'Open error page'}).click();
    await again.getByRole('heading', {level: 1, name: 'AX3005: Memory limit exceeded'}).waitFor();
  });

  it('lists the 20 most frequent errors first and filters by area, severity and status', async () => {
    const page = await openPage(chromium.browser, '/errors');
    const tables = page.locator('table');
    expect(await tables.nth(0).locator('tbody tr').count()).toBe(20);
    await expect(tables.nth(0).locator('tbody tr').first().textContent()).resolves.toContain('AX1042');
    const total = catalog.errors.length;
    await expect(page.getByTestId('error-count').textContent()).resolves.toBe(`Showing ${total} of ${total} errors.`);
    await page.getByLabel('Status').selectOption('retired');
    const retired = catalog.errors.filter((e) => e.status === 'retired').length;
    await expect(page.getByTestId('error-count').textContent()).resolves.toBe(`Showing ${retired} of ${total} errors.`);
    await page.getByLabel('Status').selectOption('all');
    await page.getByLabel('Area').selectOption('telemetry');
    await page.getByLabel('Severity').selectOption('warning');
    const n = catalog.errors.filter((e) => e.area === 'telemetry' && e.severity === 'warning').length;
    expect(await tables.nth(1).locator('tbody tr').count()).toBe(n);
  });

  it('renders CLI reference pages with the exact-match tag', async () => {
    const page = await openPage(chromium.browser, '/docs/reference/cli/plugin-init');
    await expect(page.locator('meta[name="ax:exact"]').getAttribute('content')).resolves.toBe('ax plugin init');
    await expect(page.getByRole('heading', {level: 1}).textContent()).resolves.toBe('ax plugin init');
    expect(await page.getByRole('cell', {name: '--template, -t (required)'}).count()).toBe(1);
  });
});
