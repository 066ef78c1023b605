import {describe, expect, it} from 'vitest';
import {binderChapters} from '../../../src/binder/views/chapters';
import {generatedFiles} from '../../../src/routes/table';
import {openPage, useBrowser} from '../../../scripts/test/browser';

const chromium = useBrowser();

describe('the binder pages in Chromium', () => {
  it.each(binderChapters.map((c) => [c.route, c.title] as const))('%s: h1 "%s", an owner and review line, and the PDF link', async (route, title) => {
    const page = await openPage(chromium.browser, route);
    await expect(page.getByRole('heading', {level: 1}).textContent()).resolves.toBe(title);
    await expect(page.getByTestId('doc-freshness').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', {name: 'Download the whole binder as a PDF'}).getAttribute('href')).resolves.toBe(generatedFiles.binderPdf);
  });

  it('says on the sign-offs page that nobody has signed: every domain UNSIGNED, in words', async () => {
    const page = await openPage(chromium.browser, binderChapters.find((c) => c.id === 'sign-offs')!.route);
    await expect(page.getByText('Nobody has signed this handoff.', {exact: false}).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-state]').allTextContents()).resolves.toEqual(Array(5).fill('– UNSIGNED'));
  });

  it('prints the chapter alone: no navbar, footer or chapter navigation', async () => {
    const page = await openPage(chromium.browser, binderChapters[0]!.route);
    await page.emulateMedia({media: 'print'});
    for (const selector of ['.navbar', '.footer', 'nav[aria-label="Binder chapters"]']) await expect(page.locator(selector).first().isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', {level: 1}).isVisible()).resolves.toBe(true);
  });
});
