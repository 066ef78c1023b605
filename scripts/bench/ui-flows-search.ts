import {readFileSync} from 'node:fs';
import path from 'node:path';
import {routes} from '../../src/routes/table';
import {gotoHydrated, openDevicePage} from './ui-device';
import {settle, timeInteraction} from './ui-probe';
import type {FlowContext, FlowRows} from './ui-flow-types';

/** The navbar search box; like every control of the site it stays inert until hydration. */
export const searchBox = 'input[role="combobox"]';
/**
 * A result. Not any list item: the list says "Searching…" (or "Loading the search index…") while
 * a search is still running, so only an option proves the answer rendered; every prefix below
 * has results.
 */
const resultOption = '[role="listbox"][aria-label="Search results"] [role="option"]';
const resultItem = '[role="listbox"][aria-label="Search results"] li';

/**
 * Two-letter starts of words the docs use. One letter shows nothing, so the second keystroke is
 * the one that searches and always changes what is on screen, which is what the probe waits for.
 */
const warmPrefixes = ['pl', 'er', 'ru', 'mi', 'al', 'de', 'te', 'co', 'se', 've', 'ma', 'st'];

/**
 * Cold: a first visit (fresh context, empty cache), hydrated, then a tap on the search box and
 * the query typed at once. The tap starts the clock because focus is what starts loading the
 * query engine and index manifest; a reader typing right away waits for all of it.
 */
export async function coldSearch(ctx: FlowContext): Promise<FlowRows> {
  const samples: number[] = [];
  for (let i = 0; i < ctx.options.coldSamples; i++) {
    const device = await openDevicePage(ctx.browser, ctx.origin);
    try {
      await gotoHydrated(device.page, routes.home, searchBox);
      await settle(device.page);
      const box = device.page.locator(searchBox);
      samples.push(
        await timeInteraction(device.page, {selector: resultOption}, async () => {
          // A tap, as on the reference phone: a mouse click would pass over the box first, and the
          // box starts loading when a pointer enters it, a head start before the clock that no tap has.
          await box.tap();
          await device.page.keyboard.insertText('plugin');
        }),
      );
      ctx.progress(`search-cold ${i + 1}/${ctx.options.coldSamples}: ${samples.at(-1)!.toFixed(0)} ms`);
    } finally {
      await device.close();
    }
  }
  return [{flow: 'search-cold', label: 'Search, cold (tap box + query → results)', targetMs: 400, samples}];
}

/**
 * Warm: one page with the index open. Each sample resets the box to a word's first letter, then
 * presses its second. The first round over the prefixes fetches each prefix's shards; it is
 * reported on its own row, and the measured warm samples come after it.
 */
export async function warmSearch(ctx: FlowContext): Promise<FlowRows> {
  const device = await openDevicePage(ctx.browser, ctx.origin);
  try {
    const {page} = device;
    await gotoHydrated(page, routes.home, searchBox);
    const box = page.locator(searchBox);
    // Open the index first (a query outside the measured prefixes), so no sample waits for the manifest.
    await box.click();
    await box.fill('ax');
    await page.locator(resultOption).first().waitFor();
    const keystroke = async (prefix: string) => {
      await box.fill(prefix[0]!);
      await page.waitForFunction(`!document.querySelector(${JSON.stringify(resultItem)})`);
      await settle(page);
      return timeInteraction(page, {selector: resultOption}, () => page.keyboard.press(prefix[1]!));
    };
    const firstUse: number[] = [];
    for (const prefix of warmPrefixes) firstUse.push(await keystroke(prefix));
    const samples: number[] = [];
    for (let i = 0; i < ctx.options.samples; i++) samples.push(await keystroke(warmPrefixes[i % warmPrefixes.length]!));
    ctx.progress(`search-warm: ${samples.length} samples`);
    return [
      {flow: 'search-first-prefix', label: 'Search keystroke, new prefix (shards fetched)', targetMs: 200, samples: firstUse},
      {flow: 'search-warm', label: 'Search keystroke, warm', targetMs: 200, samples},
    ];
  } finally {
    await device.close();
  }
}

/** Active error ids of the built catalog: each sample opens a different error's page. */
function activeErrorIds(buildDir: string): string[] {
  const file = path.join(buildDir, 'errors/catalog.json');
  const catalog = JSON.parse(readFileSync(file, 'utf8')) as {errors: {id: string; status: string}[]};
  const ids = catalog.errors.filter((e) => e.status === 'active').map((e) => e.id);
  if (!ids.length) throw new Error(`Unexpected catalog without active errors in ${file}, expected at least one`);
  return ids;
}

/** The home page's error-ID box: an ID typed, "Open error page" tapped, until its page shows. */
export async function errorIdJump(ctx: FlowContext): Promise<FlowRows> {
  const ids = activeErrorIds(ctx.buildDir);
  const device = await openDevicePage(ctx.browser, ctx.origin);
  try {
    const {page} = device;
    const form = 'form[aria-label="Jump to an error"]';
    await gotoHydrated(page, routes.home, `${form} button[type="submit"]`);
    const samples = await ctx.repeat(async (i) => {
      const id = ids[i % ids.length]!;
      await page.locator(`${form} input[name="error-id"]`).fill(id.toLowerCase());
      await settle(page);
      const ms = await timeInteraction(page, {selector: 'h1', includes: `${id}:`}, () => page.locator(`${form} button[type="submit"]`).click());
      await page.goBack();
      await page.locator(`${form} button[type="submit"]:not([disabled]):not([inert])`).waitFor();
      return ms;
    });
    return [{flow: 'error-id', label: 'Error-ID box → error page', targetMs: 200, samples}];
  } finally {
    await device.close();
  }
}
