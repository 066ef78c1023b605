import {readFileSync} from 'node:fs';
import path from 'node:path';
import {ensureChromium} from '../lib/chromium';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';
import {runA11yByKind} from './a11y';
import {algoliaBuildDir, algoliaTestEnv} from './algolia-fixture';
import {analyticsLiveTestEnv} from './analytics-fixture';
import {runAxe} from './axe';
import {steps, summaryLines, type StepResult} from './steps';

/** The fixture Ed25519 key pair the test build is signed and verified with (never a production key). */
function testSigningEnv(cwd: string): NodeJS.ProcessEnv {
  const keys = path.join(cwd, 'scripts/security/__tests__/__fixtures__/keys');
  return {AX_SIGNING_KEY: readFileSync(path.join(keys, 'test-signing-key.pem'), 'utf8'), AX_SIGNING_PUBLIC_KEY: readFileSync(path.join(keys, 'test-signing-key.pub.pem'), 'utf8')};
}

/**
 * `npm test`: typecheck, lint (Markdown, imports), docs checks, unit tests, the build, browser
 * tests, axe on every page and pa11y-ci on one page of each kind. Prints each step's wall time;
 * exit 1 when any test fails.
 */
export async function main(io: CliIo): Promise<number> {
  const started = performance.now();
  const log = (line: string) => writeLine(io.stdout, line);
  const {single, vitest, a11y} = steps(io, log);
  const results: StepResult[] = [];
  ensureChromium(log);
  results.push(await single('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']));
  results.push(await single('markdownlint', 'npx', ['markdownlint-cli2']));
  results.push(await single('import cycles and layers', 'npm', ['run', '--silent', 'lint:deps']));
  results.push(await single('docs checks', 'npx', ['tsx', 'scripts/check.ts']));
  // Renovate's own validator; the presets allowlist and the policy match are unit tests (src/security).
  results.push(await single('renovate config (renovate-config-validator --strict)', 'npx', ['renovate-config-validator', '--strict', 'renovate.json']));
  // The SBOM (schema, drift of a fresh one against it) and the matcher with its exceptions.
  results.push(await single('security check (SBOM, drift, advisories)', 'npm', ['run', '--silent', 'security:check']));
  results.push(await single('error catalog parity', 'npx', ['tsx', 'scripts/errors-parity.ts', '--manifest', 'errors/parity/cli-emitted.json']));
  // Files that replace modules or globals run in a fresh module graph each (vitest.config.mts).
  results.push(await vitest('unit', ['unit', 'unit-isolated']));
  // The admin key is set during both builds so the bundle scan can prove it never reaches the client.
  const adminOnly = {ALGOLIA_ADMIN_API_KEY: algoliaTestEnv.ALGOLIA_ADMIN_API_KEY};
  // `npm run build` seals the build (SHA256SUMS); tests sign with the fixture key, CI with its own.
  const build = await single('build', 'npm', ['run', '--silent', 'build'], {...adminOnly, ...testSigningEnv(io.cwd)});
  results.push(build);
  if (!build.failed) results.push(await single('verify the build (SHA256SUMS and signature)', 'npm', ['run', '--silent', 'verify', '--', 'build'], testSigningEnv(io.cwd)));
  // The second build also has a live analytics endpoint, which the browser tests mock (plugins/analytics/__tests__/live.e2e.test.ts).
  results.push(await single('build (Algolia mode, live analytics)', 'npx', ['docusaurus', 'build', '--out-dir', algoliaBuildDir], {...algoliaTestEnv, ...analyticsLiveTestEnv}));
  if (build.failed) {
    results.push({name: 'browser tests (not run: build failed)', passed: 0, failed: 1});
    results.push({name: 'axe (not run: build failed)', passed: 0, failed: 1});
    results.push({name: 'pa11y-ci by page kind (not run: build failed)', passed: 0, failed: 1});
  } else {
    const buildDir = path.resolve(io.cwd, 'build');
    results.push(await vitest('e2e'));
    // Every page with axe-core (WCAG 2.1 A/AA) in one browser tab reused page after page.
    results.push(await a11y('axe', () => runAxe(buildDir, {log}), (r) => `axe: ${r.passed} of ${r.pages} pages with 0 violations; ${r.needsReview} element(s) need manual review`));
    // pa11y-ci (htmlcs + axe) on one page of each kind; a page of no kind fails.
    results.push(await a11y('pa11y-ci by page kind', () => runA11yByKind(buildDir, log), (r) => `pa11y: ${r.passed} of ${r.pages} pages with 0 errors; ${r.needsReview} axe result(s) need manual review`));
  }
  for (const line of summaryLines(results, performance.now() - started)) log(line);
  return results.some((r) => r.failed) ? exitCode.findings : exitCode.clean;
}

// Browsers and servers of the browser tests can outlive them by a few seconds.
if (require.main === module) runBin(main, {exitWhenDone: true});
