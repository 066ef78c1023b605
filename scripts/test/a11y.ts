import path from 'node:path';
import {chromiumArgs, ensureChromium} from '../lib/chromium';
import {sitemapPaths} from '../lib/sitemap';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';
import {startStaticServer} from '../lib/static-server';
import {samplePerKind} from './page-kinds';

// pa11y-ci ships no types; this is the part of its report we read.
interface Pa11yIssue {
  code: string;
  message: string;
  selector: string;
  type: string;
  runnerExtras?: {needsFurtherReview?: boolean};
}
interface Pa11yReport {
  total: number;
  passes: number;
  errors: number;
  results: Record<string, (Pa11yIssue | {message: string})[]>;
}

export interface A11yResult {
  pages: number;
  passed: number;
  failed: number;
  failures: {url: string; issues: string[]}[];
  /** axe results it could not decide (e.g. contrast over a code background): reported, not counted as errors. */
  needsReview: number;
  /** Pages audited at once, where more than one. */
  concurrency?: number;
}

/**
 * Audits pages of the built site against WCAG 2.1 AA with pa11y-ci (htmlcs + axe) on the system
 * Chromium: `paths`, or every sitemap page.
 */
export async function runA11y(buildDir: string, log: (line: string) => void = console.log, paths?: readonly string[]): Promise<A11yResult> {
  const executablePath = ensureChromium(log);
  paths ??= await sitemapPaths(buildDir);
  const server = await startStaticServer(buildDir);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pa11yCi = require('pa11y-ci') as (urls: string[], options: object) => Promise<Pa11yReport>;
    const urls = paths.map((p) => server.url + p);
    log(`pa11y-ci: auditing ${urls.length} pages (WCAG2AA, htmlcs + axe) on ${executablePath}`);
    const report = await pa11yCi(urls, {
      standard: 'WCAG2AA',
      runners: ['htmlcs', 'axe'],
      concurrency: 1,
      timeout: 60_000,
      chromeLaunchConfig: {executablePath, args: chromiumArgs},
      // pa11y-ci's console reporter counts axe's "needs review" notes as failures; its raw report goes to a file instead.
      reporters: [['json', {fileName: path.resolve('node_modules/.cache/ax-test/pa11y-report.json')}]],
      log: {debug() {}, error: log, info() {}},
    });
    let needsReview = 0;
    const failures = Object.entries(report.results)
      .map(([url, all]) => {
        const issues = all.filter((i) => !('runnerExtras' in i && i.runnerExtras?.needsFurtherReview));
        needsReview += all.length - issues.length;
        return [url, issues] as const;
      })
      .filter(([, issues]) => issues.length > 0)
      .map(([url, issues]) => ({
        url: url.replace(server.url, ''),
        issues: issues.map((i) => ('code' in i ? `${i.code}: ${i.message} (${i.selector})` : i.message)),
      }));
    return {pages: urls.length, passed: urls.length - failures.length, failed: failures.length, failures, needsReview};
  } finally {
    await server.close();
  }
}

/**
 * pa11y-ci on one page of each page kind (scripts/test/page-kinds.ts); the axe step audits every
 * page. A sitemap page of no kind fails, so a new kind of page gets its own sample.
 */
export async function runA11yByKind(buildDir: string, log: (line: string) => void = console.log): Promise<A11yResult> {
  const {samples, unclassified} = samplePerKind(await sitemapPaths(buildDir));
  log(`pa11y-ci: one page of each of ${samples.length} page kinds: ${samples.map((s) => `${s.kind} ${s.path} (1 of ${s.pages})`).join(', ')}`);
  const result = await runA11y(buildDir, log, samples.map((s) => s.path));
  const noKind = unclassified.map((url) => ({
    url,
    issues: [`Unexpected page of no kind: ${url} matches no pattern of scripts/test/page-kinds.ts, expected one kind per sitemap page (add a kind, so pa11y-ci audits one page of it)`],
  }));
  return {...result, failed: result.failed + noKind.length, failures: [...result.failures, ...noKind]};
}

/** `npm run test:a11y [-- --all]`: audits one page of each kind of `build/` (every page with `--all`); exit 1 on any error, 2 when the audit cannot run. */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  const log = (line: string) => writeLine(stdout, line);
  const progress = (line: string) => writeLine(stderr, line);
  try {
    const buildDir = path.join(cwd, 'build');
    const result = argv.includes('--all') ? await runA11y(buildDir, progress) : await runA11yByKind(buildDir, progress);
    for (const f of result.failures) {
      log(`✖ ${f.url}`);
      for (const i of f.issues) log(`    ${i}`);
    }
    log(`pa11y: ${result.passed} of ${result.pages} pages with 0 errors; ${result.needsReview} axe result(s) need manual review`);
    return result.failed ? exitCode.findings : exitCode.clean;
  } catch (error) {
    writeLine(stderr, `pa11y: could not run: ${(error as Error).message}`);
    return exitCode.toolFailure;
  }
}

// The browser pa11y-ci drives can outlive the audit by a few seconds.
if (require.main === module) runBin(main, {exitWhenDone: true});
