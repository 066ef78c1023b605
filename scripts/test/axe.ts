import {readFileSync} from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, ensureChromium} from '../lib/chromium';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';
import {sitemapPaths} from '../lib/sitemap';
import {startStaticServer} from '../lib/static-server';
import type {A11yResult} from './a11y';
import type {Page} from 'playwright-core';
import {auditPage, openAuditTab, type PageAudit, wcagTags} from './axe-page';

/**
 * Pages audited at once in the one browser. Measured on the 2-core CI machine with reused tabs
 * (60 pages): one tab 52–53 s, two 60–62 s, three 62 s. Chromium's own processes already keep
 * both cores busy, so more tabs only queue behind each other.
 */
export const defaultConcurrency = 1;

/** Runs `audit` over `items` with at most `concurrency` in flight; results keep the items' order. */
export async function pool<T, R>(items: readonly T[], concurrency: number, audit: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await audit(items[index]!);
    }
  };
  await Promise.all(Array.from({length: Math.max(1, Math.min(concurrency, items.length))}, worker));
  return results;
}

/** Folds page audits into the a11y step's result: a page fails on any violation or when it cannot load. */
export function summarize(audits: readonly PageAudit[]): A11yResult {
  const failures = audits
    .filter((a) => a.loadFailure || a.errors.length)
    .map((a) => ({url: a.path, issues: a.loadFailure ? [`could not audit the page: ${a.loadFailure}`] : a.errors}));
  const needsReview = audits.reduce((n, a) => n + a.needsReview, 0);
  return {pages: audits.length, passed: audits.length - failures.length, failed: failures.length, failures, needsReview};
}

export interface AxeOptions {
  concurrency?: number;
  log?: (line: string) => void;
  /** Paths to audit instead of the sitemap's. */
  paths?: readonly string[];
  /** Milliseconds a page may take to load, hydrate and be audited. */
  pageTimeout?: number;
}

/** Audits every sitemap page of the built site with axe-core, in one Chromium, `concurrency` pages at once. */
export async function runAxe(buildDir: string, options: AxeOptions = {}): Promise<A11yResult> {
  const {concurrency = defaultConcurrency, log = console.log, pageTimeout} = options;
  const executablePath = ensureChromium(log);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const paths = options.paths ?? (await sitemapPaths(buildDir));
  const server = await startStaticServer(buildDir);
  const browser = await chromium.launch({executablePath, args: chromiumArgs});
  try {
    log(`axe-core: auditing ${paths.length} pages (${wcagTags.join(', ')}), ${concurrency} at once, on ${executablePath}`);
    const started = Date.now();
    let done = 0;
    const idleTabs: Page[] = [];
    const audits = await pool(paths, concurrency, async (p) => {
      const tab = idleTabs.pop() ?? (await openAuditTab(browser, axeSource));
      const audit = await auditPage(tab, server.url, p, pageTimeout);
      // A page that failed may have left its tab mid-load or stuck in a script: start the next afresh.
      if (audit.loadFailure) await tab.context().close().catch(() => undefined);
      else idleTabs.push(tab);
      if (++done % 50 === 0) log(`axe-core: ${done} of ${paths.length} pages in ${Math.round((Date.now() - started) / 1000)} s`);
      return audit;
    });
    return {...summarize(audits), concurrency};
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

/** Reads `--concurrency N`; undefined when absent. Throws on a value that is not a positive whole number. */
export function concurrencyArg(argv: readonly string[]): number | undefined {
  const at = argv.indexOf('--concurrency');
  if (at < 0) return undefined;
  const value = argv[at + 1];
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Unexpected --concurrency value "${value ?? ''}", expected a whole number of pages from 1 up`);
  return n;
}

/** `npx tsx scripts/test/axe.ts [--concurrency N]`: audits `build/`; exit 1 on any violation, 2 when the audit cannot run. */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  const log = (line: string) => writeLine(stdout, line);
  try {
    const result = await runAxe(path.join(cwd, 'build'), {concurrency: concurrencyArg(argv), log: (line) => writeLine(stderr, line)});
    for (const f of result.failures) {
      log(`✖ ${f.url}`);
      for (const i of f.issues) log(`    ${i}`);
    }
    log(`axe: ${result.passed} of ${result.pages} pages with 0 violations; ${result.needsReview} element(s) need manual review`);
    return result.failed ? exitCode.findings : exitCode.clean;
  } catch (error) {
    writeLine(stderr, `axe: could not run: ${(error as Error).message}`);
    return exitCode.toolFailure;
  }
}

// Chromium can outlive the audit by a few seconds.
if (require.main === module) runBin(main, {exitWhenDone: true});
