import {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {routes} from '../../src/routes/table';
import {findChromium} from '../lib/chromium';
import {exitCode, parseOrUsage, runBin, writeLine, type CliIo} from '../lib/cli';
import {startStaticServer} from '../lib/static-server';
import {gotoHydrated, launchBenchBrowser, measuredSlowdown, openDevicePage, referenceDevice} from './ui-device';
import {repeater, type FlowContext, type FlowRows} from './ui-flow-types';
import {analyticsPlugin, knowledgeBaseFilter, labCheckpoint, matrixRuntime} from './ui-flows-pages';
import {coldSearch, errorIdJump, searchBox, warmSearch} from './ui-flows-search';
import {parseUiBenchArgs, usage, type FlowId} from './ui-options';
import {combineRuns, formatSummaryTable, summarize, type FlowSummary} from './ui-stats';

const flows: Record<FlowId, (ctx: FlowContext) => Promise<FlowRows>> = {
  'search-cold': coldSearch,
  'search-warm': warmSearch,
  'error-id': errorIdJump,
  'matrix-runtime': matrixRuntime,
  'kb-filter': knowledgeBaseFilter,
  'lab-checkpoint': labCheckpoint,
  'analytics-plugin': analyticsPlugin,
};

/** Evidence that the CPU throttling held: a fixed loop timed in a loaded, hydrated device page. */
async function slowdownLine(browser: Browser, origin: string): Promise<string> {
  const device = await openDevicePage(browser, origin);
  try {
    await gotoHydrated(device.page, routes.home, searchBox);
    return `a fixed loop ran ${(await measuredSlowdown(device.page)).toFixed(1)}× slower in the page than in Node`;
  } finally {
    await device.close();
  }
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/**
 * `npm run bench:ui`: a benchmark, not a test. Serves the built site on loopback, drives system
 * Chromium as issue 19's reference device (Lighthouse's mobile screen, CPU slowed 4×) through each
 * key flow many times, timing each in the page from the input event to the frame after the
 * result rendered, and prints each flow's median and P95 against its target, per run and as the
 * median of the runs. Exit 0 when every P95 is under its target, 1 when one is not, 2 when the
 * tool failed (no build, no Chromium, a flow that never rendered).
 */
export async function main({argv, cwd, env, stdout, stderr}: CliIo): Promise<number> {
  const options = parseOrUsage({argv, stdout, stderr}, usage, parseUiBenchArgs);
  if ('exit' in options) return options.exit;
  const buildDir = path.resolve(cwd, options.buildDir);
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    writeLine(stderr, `bench:ui: Unexpected missing ${path.join(buildDir, 'index.html')}, expected a built site: run \`npx docusaurus build\` first`);
    return exitCode.toolFailure;
  }
  const chromePath = findChromium(env);
  if (!chromePath) {
    writeLine(stderr, 'bench:ui: no Chromium found; install the "chromium" package or set CHROMIUM_PATH');
    return exitCode.toolFailure;
  }
  const log = (line = '') => writeLine(stdout, line);
  const server = await startStaticServer(buildDir);
  const browser = await launchBenchBrowser(chromePath);
  try {
    const {width, height} = referenceDevice.viewport;
    log(`bench:ui — Chromium ${browser.version()} at ${chromePath}, ${width} × ${height} px at ${referenceDevice.deviceScaleFactor}×, CPU slowed ${referenceDevice.cpuSlowdown}×`);
    log(`site ${path.relative(cwd, buildDir) || '.'} served on loopback (no network throttling); ${options.samples} measured samples per warm flow after ${options.warmup} warm-up, ${options.coldSamples} cold searches`);
    log('timed in the page: from the input event to the frame after the result rendered; the P95 is the nearest-rank 95th percentile');
    const runs: FlowSummary[][] = [];
    for (let run = 1; run <= options.runs; run++) {
      log();
      log(`run ${run}/${options.runs}, ${os.cpus().length} cores, load average ${loadAverage()} at start, ${await slowdownLine(browser, server.url)}`);
      const ctx: FlowContext = {browser, origin: server.url, buildDir, options, progress: (line) => writeLine(stderr, `  ${line}`), repeat: repeater(options)};
      const summaries: FlowSummary[] = [];
      for (const id of options.flows) {
        const started = performance.now();
        const rows = await flows[id](ctx);
        for (const row of rows) summaries.push(summarize(row));
        writeLine(stderr, `  ${id}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
      for (const line of formatSummaryTable(summaries)) log(line);
      runs.push(summaries);
    }
    const combined = combineRuns(runs);
    if (options.runs > 1) {
      log();
      log(`median of the ${options.runs} runs (median of medians, median of P95s; max over all), load average ${loadAverage()} at the end`);
      for (const line of formatSummaryTable(combined)) log(line);
    }
    return combined.every((s) => s.met) ? exitCode.clean : exitCode.findings;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) runBin(main, {exitWhenDone: true});
