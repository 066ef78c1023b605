import type {Browser, Page} from 'playwright-core';
import {waitForHydration} from '../lib/hydration';

/** The axe rules the audit runs: WCAG 2.0 and 2.1, levels A and AA (what pa11y's WCAG2AA standard means). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** One page's audit. */
export interface PageAudit {
  path: string;
  /** Violations, one line per rule and element: each is an error. */
  errors: string[];
  /** Elements axe could not decide (e.g. contrast over an image): reported, not errors. */
  needsReview: number;
  /** Why the page could not be audited; such a page fails. */
  loadFailure?: string;
}

/** What the page-side script hands back: plain data, since it crosses the browser boundary. */
interface AxeSummary {
  violations: {id: string; impact: string | null; help: string; targets: string[]}[];
  incompleteNodes: number;
}

/**
 * Opens the tab an audit worker reuses for page after page. On the CI machine a new tab costs
 * about 0.8 s of CPU before it loads anything, and reusing one also keeps the HTTP cache warm: the
 * audit ran over three times faster than with a fresh context per page (30 pages: 99 s, then 28 s).
 * Two init scripts run at the start of every document, before the page's own scripts:
 * - the top frame's storage is emptied, so no page sees what an earlier one stored (the site
 *   keeps telemetry and progress in localStorage);
 * - axe-core is defined, which costs less than injecting it after hydration.
 */
export async function openAuditTab(browser: Browser, axeSource: string): Promise<Page> {
  const context = await browser.newContext({viewport: {width: 1280, height: 1024}, colorScheme: 'light'});
  await context.addInitScript(() => {
    if (window !== window.top) return;
    localStorage.clear();
    sessionStorage.clear();
  });
  await context.addInitScript({content: axeSource});
  return context.newPage();
}

/**
 * Audits one page in an audit tab: loads it, waits for it to hydrate and two frames more, then
 * runs axe-core.
 */
export async function auditPage(page: Page, origin: string, path: string, timeout = 60_000): Promise<PageAudit> {
  try {
    page.setDefaultTimeout(timeout);
    const response = await page.goto(origin + path, {waitUntil: 'load'});
    if (!response) return {path, errors: [], needsReview: 0, loadFailure: 'no response'};
    if (!response.ok()) return {path, errors: [], needsReview: 0, loadFailure: `Unexpected HTTP status ${response.status()}, expected 200`};
    const hydrated = await waitForHydration(page).then(
      () => true,
      () => false,
    );
    if (!hydrated) return {path, errors: [], needsReview: 0, loadFailure: `Unexpected page that did not hydrate within ${timeout} ms, expected <html data-has-hydrated="true">`};
    // State set in the first effects (stored progress, checklists) commits by the next frames.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    const summary = await page.evaluate(async (tags): Promise<AxeSummary> => {
      const axe = (window as unknown as {axe: typeof import('axe-core')}).axe;
      const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations', 'incomplete']});
      return {
        violations: result.violations.map((v) => ({id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' '))})),
        incompleteNodes: result.incomplete.reduce((n, i) => n + i.nodes.length, 0),
      };
    }, [...wcagTags]);
    const errors = summary.violations.flatMap((v) => v.targets.map((t) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help} (${t})`));
    return {path, errors, needsReview: summary.incompleteNodes};
  } catch (error) {
    return {path, errors: [], needsReview: 0, loadFailure: firstLine((error as Error).message)};
  }
}

/** Playwright's messages append a call log; the first line says what went wrong. */
function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
