import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import type {CliIo} from '../lib/cli';
import type {A11yResult} from './a11y';

/** One step of `npm test`: its name, tests passed and failed, and how long it took. */
export interface StepResult {
  name: string;
  passed: number;
  failed: number;
  /** Wall time in milliseconds; none for a step that did not run. */
  ms?: number;
}

/** `2m41s`, `48s`, `0.4s`: wall times as the summary prints them. */
export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`;
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** The summary: one line per step with its wall time, then the total, last `N passed, N failed` (what CI parses). */
export function summaryLines(results: readonly StepResult[], totalMs: number): string[] {
  const lines = results.map((r) => `  ${r.failed ? '✖' : '✔'} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.ms === undefined ? '' : ` — ${formatDuration(r.ms)}`}`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  return ['', `Summary (wall time ${formatDuration(totalMs)})`, ...lines, `${passed} passed, ${failed} failed`];
}

/** Runs `step` and stamps its wall time on the result. */
export async function timed(step: () => StepResult | Promise<StepResult>): Promise<StepResult> {
  const started = performance.now();
  const result = await step();
  return {...result, ms: performance.now() - started};
}

/** Runs steps in `cwd` with `env`, printing headings through `log`. */
export function steps({cwd, env: baseEnv}: CliIo, log: (line: string) => void) {
  const cacheDir = path.resolve(cwd, 'node_modules/.cache/ax-test');
  const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean =>
    spawnSync(cmd, args, {cwd, stdio: 'inherit', env: {...baseEnv, ...env}}).status === 0;
  return {
    /** A command that passes or fails as one test. */
    single: (name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
      timed(() => {
        log(`\n▶ ${name}`);
        const ok = run(cmd, args, env);
        return {name, passed: ok ? 1 : 0, failed: ok ? 0 : 1};
      }),
    /** Vitest projects (by default the one called `name`), counted test by test from their JSON report. */
    vitest: (name: string, projects: readonly string[] = [name]) => timed(() => vitestStep(name, projects, cacheDir, run, log)),
    /** An accessibility audit, one test per page: failures listed with their issues. */
    a11y: (name: string, audit: () => Promise<A11yResult>, describe: (r: A11yResult) => string) =>
      timed(async () => {
        log(`\n▶ ${name}`);
        try {
          const result = await audit();
          for (const f of result.failures) {
            log(`✖ ${f.url}`);
            for (const i of f.issues) log(`    ${i}`);
          }
          log(describe(result));
          return {name: `${name} (${result.pages} pages${result.concurrency ? `, ${result.concurrency} at once` : ''})`, passed: result.passed, failed: result.failed};
        } catch (error) {
          log(`${name} could not run: ${(error as Error).message}`);
          return {name, passed: 0, failed: 1};
        }
      }),
  };
}

function vitestStep(name: string, projects: readonly string[], cacheDir: string, run: (cmd: string, args: string[]) => boolean, log: (line: string) => void): StepResult {
  log(`\n▶ vitest (${projects.join(', ')})`);
  const out = path.join(cacheDir, `${name}.json`);
  rmSync(out, {force: true});
  const ok = run('npx', ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as {numPassedTests: number; numFailedTests: number; numFailedTestSuites: number};
    const failed = report.numFailedTests + (ok || report.numFailedTests ? 0 : Math.max(1, report.numFailedTestSuites));
    return {name: `vitest ${name}`, passed: report.numPassedTests, failed};
  } catch {
    return {name: `vitest ${name}`, passed: 0, failed: 1};
  }
}
