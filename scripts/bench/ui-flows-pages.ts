import type {Page} from 'playwright-core';
import {routes} from '../../src/routes/table';
import {gotoHydrated, openDevicePage} from './ui-device';
import type {FlowContext, FlowRows} from './ui-flow-types';
import {searchBox} from './ui-flows-search';
import {settle, timeInteraction} from './ui-probe';

/** Values of a select's options, read in the page. */
async function optionValues(page: Page, select: string): Promise<string[]> {
  return (await page.evaluate(`[...document.querySelector(${JSON.stringify(select)}).options].map((o) => o.value)`)) as string[];
}

/** Opens `path` hydrated on the reference device, runs `body`, and closes the context either way. */
async function onPage(ctx: FlowContext, path: string, ready: string, body: (page: Page) => Promise<FlowRows>): Promise<FlowRows> {
  const device = await openDevicePage(ctx.browser, ctx.origin);
  try {
    await gotoHydrated(device.page, path, ready);
    await settle(device.page);
    return await body(device.page);
  } finally {
    await device.close();
  }
}

/**
 * The compatibility matrix's "My runtime version": every other sample picks a release, the ones
 * between go back to all releases, so each choice changes the table (and its summary line).
 */
export function matrixRuntime(ctx: FlowContext): Promise<FlowRows> {
  const select = '#ax-runtime';
  return onPage(ctx, routes.migration('compatibility'), select, async (page) => {
    const versions = (await optionValues(page, select)).filter((v) => v !== 'all');
    const samples = await ctx.repeat(async (i) => {
      const value = i % 2 ? 'all' : versions[(i >> 1) % versions.length]!;
      const ms = await timeInteraction(page, {selector: '.ax-matrix__summary', changed: true}, () => page.selectOption(select, {value}));
      await settle(page);
      return ms;
    });
    return [{flow: 'matrix-runtime', label: "Matrix 'my runtime' filter", targetMs: 200, samples}];
  });
}

/**
 * The knowledge base's component filter, alternating a component and all components. Components
 * that every page names would not change the table, so they are left out first, unmeasured.
 */
export function knowledgeBaseFilter(ctx: FlowContext): Promise<FlowRows> {
  const select = '.ax-kb-filters select';
  const status = '.ax-kb-filters + p[role="status"]';
  return onPage(ctx, routes.runbook(), select, async (page) => {
    const statusText = async () => (await page.locator(status).textContent()) ?? '';
    const all = await statusText();
    const narrowing: string[] = [];
    for (const value of (await optionValues(page, select)).filter((v) => v !== '')) {
      await page.selectOption(select, {value});
      await settle(page);
      if ((await statusText()) !== all) narrowing.push(value);
    }
    await page.selectOption(select, {value: ''});
    await settle(page);
    if (!narrowing.length) throw new Error(`Unexpected knowledge base where no component narrows "${all}", expected at least one that does`);
    const samples = await ctx.repeat(async (i) => {
      const value = i % 2 ? '' : narrowing[(i >> 1) % narrowing.length]!;
      const ms = await timeInteraction(page, {selector: status, changed: true}, () => page.selectOption(select, {value}));
      await settle(page);
      return ms;
    });
    return [{flow: 'kb-filter', label: 'Knowledge-base component filter', targetMs: 200, samples}];
  });
}

/** The "Scaffold the plugin" command checkpoint of the first lab, answered right and wrong in turn. */
const checkpoint = {
  lab: 'first-plugin',
  form: 'form[data-checkpoint="scaffold"]',
  right: 'ax plugin init hello-workflow -t workflow --datastore none',
  wrong: 'ax plugin init hello-workflow --template auth --datastore none',
};

/**
 * A lab checkpoint verified: Check tapped until the verdict shows and the button is enabled again
 * (while checking it is disabled and an earlier "Passed" may still show, which is not the answer).
 */
export function labCheckpoint(ctx: FlowContext): Promise<FlowRows> {
  const {form} = checkpoint;
  const button = `${form} button[type="submit"]`;
  return onPage(ctx, routes.lab(checkpoint.lab), button, async (page) => {
    const samples = await ctx.repeat(async (i) => {
      const right = i % 2 === 1;
      await page.locator(`${form} input[name="answer"]`).fill(right ? checkpoint.right : checkpoint.wrong);
      await settle(page);
      const verdict = {selector: `${form} [role="status"]`, includes: right ? 'Passed' : 'Not yet', absent: `${button}[disabled]`};
      const ms = await timeInteraction(page, verdict, () => page.locator(button).click());
      await settle(page);
      return ms;
    });
    return [{flow: 'lab-checkpoint', label: 'Lab checkpoint verified', targetMs: 200, samples}];
  });
}

/**
 * Switching the analytics widgets to another plugin. The analytics pages have no in-widget
 * plugin picker: a plugin's widgets are its page, reached from the overview's plugin list, so
 * a sample taps a plugin's link there until that plugin's page and widgets show, then goes back.
 */
export function analyticsPlugin(ctx: FlowContext): Promise<FlowRows> {
  return onPage(ctx, routes.analytics(), searchBox, async (page) => {
    const prefix = routes.analyticsPlugin('');
    const hrefs = (await page.evaluate(`[...new Set([...document.querySelectorAll('main ul a[href*=${JSON.stringify(prefix)}]')].map((a) => a.getAttribute('href')))]`)) as string[];
    if (!hrefs.length) throw new Error(`Unexpected analytics overview without links below ${prefix}, expected its plugin list`);
    const samples = await ctx.repeat(async (i) => {
      const href = hrefs[i % hrefs.length]!;
      const id = href.slice(href.lastIndexOf('/') + 1);
      const ms = await timeInteraction(page, {selector: 'h1', includes: `Plugin analytics: ${id}`}, () => page.locator(`main ul a[href="${href}"]`).last().click());
      await page.goBack();
      await page.waitForFunction(`(document.querySelector('h1')?.textContent ?? '').includes('Marketplace analytics')`);
      await settle(page);
      return ms;
    });
    return [{flow: 'analytics-plugin', label: 'Analytics widgets → another plugin', targetMs: 200, samples}];
  });
}
