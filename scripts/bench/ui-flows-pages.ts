import type {Page} from 'playwright-core';
import {routes} from '../../src/routes/table';
import {gotoHydrated, openDevicePage} from './ui-device';
import type {FlowContext, FlowRows} from './ui-flow-types';
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
 * The overview's installs widget switched to another plugin with its in-widget picker: each sample
 * picks the next plugin until the widget's caption names it. No navigation: the series are in the
 * page's data.
 */
export function analyticsPlugin(ctx: FlowContext): Promise<FlowRows> {
  const select = '[data-analytics-picker] select';
  const caption = '[data-analytics-picker] figcaption';
  return onPage(ctx, routes.analytics(), select, async (page) => {
    const plugins = await optionValues(page, select);
    if (plugins.length < 2) throw new Error(`Unexpected analytics plugin picker with ${plugins.length} plugin(s), expected at least 2 to switch between`);
    const samples = await ctx.repeat(async (i) => {
      // The picker starts on the first plugin, so the next one is always a change.
      const plugin = plugins[(i + 1) % plugins.length]!;
      const ms = await timeInteraction(page, {selector: caption, includes: `Installs of ${plugin} per week`}, () => page.selectOption(select, {value: plugin}));
      await settle(page);
      return ms;
    });
    return [{flow: 'analytics-plugin', label: 'Analytics widget → another plugin (picker)', targetMs: 200, samples}];
  });
}
