import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {openPage, useBrowser} from '../../../scripts/test/browser';

const chromium = useBrowser();

/** An error id the build published, read from its machine-readable catalog. */
function publishedErrorId(): string | undefined {
  const file = path.resolve(process.env.AX_DOCS_BUILD_DIR ?? 'build', 'errors/catalog.json');
  if (!existsSync(file)) return undefined;
  const catalog = JSON.parse(readFileSync(file, 'utf8')) as {errors: {id: string; status: string}[]};
  return catalog.errors.find((e) => e.status === 'active')?.id;
}

async function search(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('combobox', {name: 'Search the docs'});
  await box.fill(query);
  const options = page.getByRole('listbox', {name: 'Search results'}).getByRole('option');
  await options.first().waitFor();
  return options.allTextContents();
}

describe('local search in Chromium', () => {
  it('finds an error by its exact id, in any case, and opens it first', async () => {
    const id = publishedErrorId();
    expect(id, 'the build should publish /errors/catalog.json').toBeDefined();
    const page = await openPage(chromium.browser, '/docs/start-here');
    const results = await search(page, id!.toLowerCase());
    expect(results[0]).toContain(id);
    expect(results[0]).toContain('exact match');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/errors/${id}`);
  });

  it('puts the reference page of a command first when its exact name is typed', async () => {
    const page = await openPage(chromium.browser, '/');
    const results = await search(page, 'ax plugin init');
    expect(results[0]).toContain('exact match');
    expect(results[0]).toContain('ax plugin init');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/docs/reference/cli/**');
  });

  it('finds a page by words in its body and follows the arrow keys', async () => {
    const page = await openPage(chromium.browser, '/');
    const results = await search(page, 'ownership matrix');
    expect(results.join('\n')).toContain('Component ownership');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option', {selected: true}).count()).resolves.toBe(1);
  });

  it('is reached from the keyboard: "/" focuses the search box', async () => {
    const page = await openPage(chromium.browser, '/docs/contributing');
    await page.keyboard.press('/');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('role'));
    expect(focused).toBe('combobox');
  });

  it('says so when nothing matches', async () => {
    const page = await openPage(chromium.browser, '/');
    await page.getByRole('combobox', {name: 'Search the docs'}).fill('qqqqzzzz');
    // The first query may still be loading the index; the answer must arrive, not just "Loading…".
    await page.getByRole('listbox', {name: 'Search results'}).getByText('No results for “qqqqzzzz”').waitFor();
  });

  it('downloads a small first query: the manifest and a few shards', async () => {
    const page = await openPage(chromium.browser, '/');
    let bytes = 0;
    page.on('response', async (res) => {
      if (res.url().includes('/search-index/')) bytes += (await res.body()).length;
    });
    await search(page, 'plugin');
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(300 * 1024);
  });
});
