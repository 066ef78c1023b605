import {spawnSync} from 'node:child_process';
import {mkdirSync, rmSync, statSync} from 'node:fs';
import os, {tmpdir} from 'node:os';
import path from 'node:path';
import {computeSnapshot} from '../../src/analytics/snapshot';
import {defaultSeed, generateEvents} from '../analytics/generate';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';
import {median} from './ui-stats';

/**
 * `npm run bench:analytics`: generates 1,000,000 and 5,000,000 synthetic events (Parquet, in
 * the temp folder), then times computeSnapshot on each, alternating sizes so a busy moment of
 * the shared machine hits both, and reports medians. Each run is a fresh process, so its peak
 * resident memory (getrusage maxRSS: Node and DuckDB's native memory together) is the run's own.
 * Exit 1 when 1M events miss 5 s or 1 GB, or time grows clearly faster than the events.
 */

/** Events in the committed export at scale 1: sizes are reached by scaling it. */
const eventsAtScale1 = 103_719;
const targets = {seconds: 5, peakMb: 1024, events: 1_000_000};

interface Run {
  seconds: number;
  cpu: number;
  peakMb: number;
  events: number;
}

/** The child: one computeSnapshot, measured from inside. */
async function runOnce(file: string, stdout: CliIo['stdout']): Promise<number> {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const snapshot = await computeSnapshot({events: file});
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const run: Run = {seconds, cpu: (cpu.user + cpu.system) / 1e6, peakMb: process.resourceUsage().maxRSS / 1024, events: snapshot.source.events};
  writeLine(stdout, JSON.stringify(run));
  return exitCode.clean;
}

function measureRun(file: string): Run {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', __filename, '--run', file], {encoding: 'utf8', maxBuffer: 1 << 24});
  if (r.status !== 0) throw new Error(`bench:analytics: Unexpected exit ${r.status} computing ${file}, expected 0\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Run;
}

export async function main({argv, stdout, stderr}: CliIo): Promise<number> {
  if (argv[0] === '--run' && argv[1]) return runOnce(argv[1], stdout);
  const log = (line: string) => writeLine(stdout, line);
  const rounds = Number(argv.find((a) => /^--rounds=\d+$/.test(a))?.split('=')[1] ?? 3);
  const sizes = argv.filter((a) => /^\d+$/.test(a)).map(Number);
  if (argv.some((a) => !/^(\d+|--rounds=\d+)$/.test(a))) {
    writeLine(stderr, `bench:analytics: Unexpected arguments "${argv.join(' ')}", expected event counts such as 1000000 5000000 and --rounds=N`);
    return exitCode.toolFailure;
  }
  const folder = path.join(tmpdir(), 'ax-docs-bench-analytics');
  mkdirSync(folder, {recursive: true});
  log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at start; DuckDB 2 threads`);
  const exports: {size: number; file: string; events: number}[] = [];
  for (const size of sizes.length ? sizes : [1_000_000, 5_000_000]) {
    const file = path.join(folder, `events-${size}.parquet`);
    const start = performance.now();
    const {events} = await generateEvents({seed: defaultSeed, scale: size / eventsAtScale1, out: file});
    log(`generated ${events.toLocaleString('en')} events (${(statSync(file).size / 2 ** 20).toFixed(1)} MB Parquet) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    exports.push({size, file, events});
  }
  const runs = new Map<number, Run[]>(exports.map((e) => [e.size, []]));
  for (let round = 0; round < rounds; round++) for (const e of exports) runs.get(e.size)!.push(measureRun(e.file));
  const results = exports.map((e) => {
    const r = runs.get(e.size)!;
    const seconds = median(r.map((x) => x.seconds));
    const peakMb = Math.max(...r.map((x) => x.peakMb));
    log(`${e.events.toLocaleString('en')} events: snapshot median ${seconds.toFixed(2)} s (runs ${r.map((x) => x.seconds.toFixed(2)).join(', ')}), CPU median ${median(r.map((x) => x.cpu)).toFixed(2)} s, ${Math.round(e.events / seconds).toLocaleString('en')} events/s, peak RSS ${peakMb.toFixed(0)} MB`);
    return {...e, seconds, peakMb};
  });
  let failed = false;
  const first = results.find((r) => r.size === targets.events);
  if (first) {
    const ok = first.seconds <= targets.seconds && first.peakMb <= targets.peakMb;
    failed ||= !ok;
    log(`target for 1M events (≤ ${targets.seconds} s, ≤ ${targets.peakMb} MB): ${ok ? 'met' : 'MISSED'}`);
  }
  const [small, large] = [results[0], results.at(-1)];
  if (small && large && large !== small) {
    const growth = large.seconds / small.seconds / (large.events / small.events);
    // Linear: time per event stays within 50% as the export grows (fixed costs make it shrink).
    failed ||= growth > 1.5;
    log(`growth: ${(large.events / small.events).toFixed(1)}x the events took ${(large.seconds / small.seconds).toFixed(1)}x the time (${growth <= 1.5 ? 'linear or better' : 'WORSE than linear'})`);
  }
  rmSync(folder, {recursive: true, force: true});
  return failed ? exitCode.findings : exitCode.clean;
}

if (require.main === module) runBin(main);
