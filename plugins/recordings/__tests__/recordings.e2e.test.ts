import {describe, expect, it} from 'vitest';
import {openPage, useBrowser} from '../../../scripts/test/browser';

const chromium = useBrowser();

describe('recordings in Chromium', () => {
  it('shows the transcript by chapter, and no player, when the build has no media location', async () => {
    const page = await openPage(chromium.browser, '/docs/recordings/publish-first-plugin');
    await expect(page.getByRole('heading', {level: 1}).textContent()).resolves.toBe('Publishing a first plugin with the CLI');
    await expect(page.getByRole('heading', {level: 2, name: 'Transcript'}).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', {level: 3, name: /^Publish to the sandbox \(1:46\)/}).isVisible()).resolves.toBe(true);
    await expect(page.getByText('ax plugin publish --channel sandbox', {exact: true}).isVisible()).resolves.toBe(true);
    await expect(page.locator('time[datetime="PT1M46S"]').first().textContent()).resolves.toBe('1:46');
    await expect(page.getByText('The video is not available in this build.', {exact: false}).isVisible()).resolves.toBe(true);
    await expect(page.locator('video, iframe').count()).resolves.toBe(0);
  });

  it('lists the live sessions and the walkthroughs on the index', async () => {
    const page = await openPage(chromium.browser, '/docs/recordings');
    const titles = async (section: string) => page.locator(`section[aria-labelledby="${section}"] h3 > a[href^="/docs/recordings/"]`).allTextContents();
    await expect(titles('live-sessions')).resolves.toEqual(['On call on ax: incident triage and the runbooks', 'Platform onboarding for new hires']);
    await expect(titles('walkthroughs')).resolves.toEqual(['Reading the marketplace analytics dashboards', 'Publishing a first plugin with the CLI']);
  });
});
