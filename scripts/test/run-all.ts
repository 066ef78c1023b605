import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {ensureChromium} from '../lib/chromium';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';
import {runA11y} from './a11y';
import {algoliaBuildDir, algoliaTestEnv} from './algolia-fixture';
import {analyticsLiveTestEnv} from './analytics-fixture';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
}

/** Runs the steps in `cwd` with `env`, printing headings and the summary through `log`. */
function steps({cwd, env: baseEnv}: CliIo, log: (line: string) => void) {
  const cacheDir = path.resolve(cwd, 'node_modules/.cache/ax-test');
  const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean =>
    spawnSync(cmd, args, {cwd, stdio: 'inherit', env: {...baseEnv, ...env}}).status === 0;
  return {
    run,
    /** A command that passes or fails as one test. */
    single(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): StepResult {
      log(`\n▶ ${name}`);
      const ok = run(cmd, args, env);
      return {name, passed: ok ? 1 : 0, failed: ok ? 0 : 1};
    },
    /** A vitest project, counted test by test from its JSON report. */
    vitest: (project: string) => vitestStep(project, cacheDir, run, log),
  };
}

function vitestStep(project: string, cacheDir: string, run: (cmd: string, args: string[]) => boolean, log: (line: string) => void): StepResult {
  log(`\n▶ vitest (${project})`);
  const out = path.join(cacheDir, `${project}.json`);
  rmSync(out, {force: true});
  const ok = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as {numPassedTests: number; numFailedTests: number; numFailedTestSuites: number};
    const failed = report.numFailedTests + (ok || report.numFailedTests ? 0 : Math.max(1, report.numFailedTestSuites));
    return {name: `vitest ${project}`, passed: report.numPassedTests, failed};
  } catch {
    return {name: `vitest ${project}`, passed: 0, failed: 1};
  }
}

/** The fixture Ed25519 key pair the test build is signed and verified with (never a production key). */
function testSigningEnv(cwd: string): NodeJS.ProcessEnv {
  const keys = path.join(cwd, 'scripts/security/__tests__/__fixtures__/keys');
  return {AX_SIGNING_KEY: readFileSync(path.join(keys, 'test-signing-key.pem'), 'utf8'), AX_SIGNING_PUBLIC_KEY: readFileSync(path.join(keys, 'test-signing-key.pub.pem'), 'utf8')};
}

/** `npm test`: typecheck, lint (Markdown, imports), docs checks, unit tests, the build, browser tests and pa11y. Exit 1 when any test fails. */
export async function main(io: CliIo): Promise<number> {
  const log = (line: string) => writeLine(io.stdout, line);
  const {single, vitest} = steps(io, log);
  const results: StepResult[] = [];
  ensureChromium(log);
  results.push(single('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']));
  results.push(single('markdownlint', 'npx', ['markdownlint-cli2']));
  results.push(single('import cycles and layers', 'npm', ['run', '--silent', 'lint:deps']));
  results.push(single('docs checks', 'npx', ['tsx', 'scripts/check.ts']));
  // Renovate's own validator; the presets allowlist and the policy match are unit tests (src/security).
  results.push(single('renovate config (renovate-config-validator --strict)', 'npx', ['renovate-config-validator', '--strict', 'renovate.json']));
  // The SBOM (schema, drift of a fresh one against it) and the matcher with its exceptions.
  results.push(single('security check (SBOM, drift, advisories)', 'npm', ['run', '--silent', 'security:check']));
  results.push(single('error catalog parity', 'npx', ['tsx', 'scripts/errors-parity.ts', '--manifest', 'errors/parity/cli-emitted.json']));
  results.push(vitest('unit'));
  // The admin key is set during both builds so the bundle scan can prove it never reaches the client.
  const adminOnly = {ALGOLIA_ADMIN_API_KEY: algoliaTestEnv.ALGOLIA_ADMIN_API_KEY};
  // `npm run build` seals the build (SHA256SUMS); tests sign with the fixture key, CI with its own.
  const build = single('build', 'npm', ['run', '--silent', 'build'], {...adminOnly, ...testSigningEnv(io.cwd)});
  results.push(build);
  if (!build.failed) results.push(single('verify the build (SHA256SUMS and signature)', 'npm', ['run', '--silent', 'verify', '--', 'build'], testSigningEnv(io.cwd)));
  // The second build also has a live analytics endpoint, which the browser tests mock (plugins/analytics/__tests__/live.e2e.test.ts).
  results.push(single('build (Algolia mode, live analytics)', 'npx', ['docusaurus', 'build', '--out-dir', algoliaBuildDir], {...algoliaTestEnv, ...analyticsLiveTestEnv}));
  if (build.failed) {
    results.push({name: 'browser tests (not run: build failed)', passed: 0, failed: 1});
    results.push({name: 'pa11y (not run: build failed)', passed: 0, failed: 1});
  } else {
    results.push(vitest('e2e'));
    log('\n▶ pa11y');
    try {
      const a11y = await runA11y(path.resolve(io.cwd, 'build'), log);
      for (const f of a11y.failures) {
        log(`✖ ${f.url}`);
        for (const i of f.issues) log(`    ${i}`);
      }
      log(`pa11y: ${a11y.passed} of ${a11y.pages} pages with 0 errors; ${a11y.needsReview} axe result(s) need manual review`);
      results.push({name: 'pa11y', passed: a11y.passed, failed: a11y.failed});
    } catch (error) {
      log(`pa11y could not run: ${(error as Error).message}`);
      results.push({name: 'pa11y', passed: 0, failed: 1});
    }
  }
  log('\nSummary');
  for (const r of results) log(`  ${r.failed ? '✖' : '✔'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  log(`${passed} passed, ${failed} failed`);
  return failed ? exitCode.findings : exitCode.clean;
}

// Browsers and servers of the browser tests can outlive them by a few seconds.
if (require.main === module) runBin(main, {exitWhenDone: true});
