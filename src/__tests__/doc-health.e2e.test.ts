import {describe, expect, it} from 'vitest';
import {openPage, useBrowser, siteUrl} from '../../scripts/test/browser';

const chromium = useBrowser();

describe('doc health in the built site', () => {
  it('says who owns each doc and when it is next reviewed, linking to the team', async () => {
    const page = await openPage(chromium.browser, '/docs/guides/plugin-templates');
    const line = page.getByTestId('doc-freshness');
    await expect(line.textContent()).resolves.toMatch(/^Owned by CLI\/TypeScript Squad · reviewed (today|1 day ago|\d+ days ago) · next review \d{4}-\d{2}-\d{2}.*\(as of the build date, \d{4}-\d{2}-\d{2}\)$/);
    await line.getByRole('link', {name: 'CLI/TypeScript Squad'}).click();
    await page.waitForURL(/\/docs\/reference\/ownership#team-cli$/);
    // The URL changes before the new page renders, so wait for the row itself.
    await page.locator('#team-cli').waitFor({state: 'visible'});
  });

  it('shows the freshness line in the runbooks too', async () => {
    const page = await openPage(chromium.browser, '/runbooks');
    await expect(page.getByTestId('doc-freshness').textContent()).resolves.toContain('Owned by DevOps Squad');
  });

  it('renders the health page with a chart that has a text equivalent', async () => {
    const page = await openPage(chromium.browser, '/health');
    await expect(page.getByRole('heading', {level: 1, name: 'Doc health'}).isVisible()).resolves.toBe(true);
    const chart = page.getByRole('img', {name: 'Pages per owner team: stale, due soon and fresh'});
    await expect(chart.isVisible()).resolves.toBe(true);
    const table = page.getByRole('table', {name: 'Review status per owner team'});
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(6);
    expect(rows.some((r) => r.startsWith('Docs Team'))).toBe(true);
    for (const team of ['CLI/TypeScript Squad', 'Runtime Squad', 'DevOps Squad']) {
      await expect(page.getByRole('heading', {level: 2, name: team}).isVisible()).resolves.toBe(true);
    }
  });

  it('publishes /health/report.json with the same numbers', async () => {
    const res = await fetch(siteUrl('/health/report.json'));
    expect(res.status).toBe(200);
    const report = (await res.json()) as {date: string; totals: {pages: number}; teams: {id: string; pages: number}[]; findings: unknown[]};
    expect(report.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.teams.map((t) => t.id)).toEqual(['cli', 'quality', 'runtime', 'devops', 'product', 'docs']);
    expect(report.totals.pages).toBe(report.teams.reduce((n, t) => n + t.pages, 0));
    expect(Array.isArray(report.findings)).toBe(true);
  });

  it('serves a moved URL by redirecting to the page that replaced it', async () => {
    const page = await openPage(chromium.browser, '/docs/reference/owners');
    await page.waitForURL(/\/docs\/reference\/ownership$/);
    await expect.poll(() => page.getByRole('heading', {level: 1}).textContent()).toContain('ownership');
  });
});
