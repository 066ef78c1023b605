import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {classifyThread, formatThreadCpuTable, formatWorkerCpu, parseStat, parseWorkerCpu, readThreads, startThreadSampler, type ThreadCpu} from '../thread-cpu';

/** A stat line as Linux writes it, up to stime (field 15); utime and stime in clock ticks. */
const statLine = (pid: number, comm: string, ppid: number, utime: number, stime: number) => `${pid} (${comm}) S ${ppid} 0 0 0 -1 0 0 0 0 0 ${utime} ${stime} 0 0 20 0\n`;

/** A fake /proc: `threads` lists each process's threads as [tid, name, utime, stime]. */
function writeProc(root: string, processes: {pid: number; ppid: number; threads: [number, string, number, number][]}[]) {
  for (const p of processes) {
    const [, mainName, u, s] = p.threads.find(([tid]) => tid === p.pid)!;
    mkdirSync(path.join(root, String(p.pid), 'task'), {recursive: true});
    writeFileSync(path.join(root, String(p.pid), 'stat'), statLine(p.pid, mainName, p.ppid, u, s));
    for (const [tid, name, utime, stime] of p.threads) {
      mkdirSync(path.join(root, String(p.pid), 'task', String(tid)), {recursive: true});
      writeFileSync(path.join(root, String(p.pid), 'task', String(tid), 'stat'), statLine(tid, name, p.ppid, utime, stime));
    }
  }
}

/** GNU time (100) runs npx (101), which runs Docusaurus (102), which starts Chromium (103); 900 is another program. */
const build = (docusaurusMainTicks: number) => [
  {pid: 100, ppid: 1, threads: [[100, 'time', 1, 0]] as [number, string, number, number][]},
  {pid: 101, ppid: 100, threads: [[101, 'npm exec docusa', 30, 10]] as [number, string, number, number][]},
  {
    pid: 102,
    ppid: 101,
    threads: [
      [102, 'node', docusaurusMainTicks, 100],
      [110, 'tokio-0', 800, 200],
      [111, 'tokio-1', 400, 100],
      [112, 'node', 300, 50],
    ] as [number, string, number, number][],
  },
  {pid: 103, ppid: 102, threads: [[103, 'chromium', 250, 50], [120, 'ThreadPoolForeg', 40, 10]] as [number, string, number, number][]},
  {pid: 900, ppid: 1, threads: [[900, 'node', 9999, 9999]] as [number, string, number, number][]},
];

let proc: string;
beforeEach(() => {
  proc = mkdtempSync(path.join(tmpdir(), 'ax-thread-cpu-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(proc, {recursive: true, force: true});
});

describe('thread CPU', () => {
  it.each([
    ['a plain name', '42 (node) S 7 0 0 0 -1 0 0 0 0 0 150 25 0', {name: 'node', ppid: 7, cpuSeconds: 1.75}],
    ['a name with spaces and parentheses', '42 (a) (b c) R 9 0 0 0 -1 0 0 0 0 0 1 2 0', {name: 'a) (b c', ppid: 9, cpuSeconds: 0.03}],
  ])('parses a stat line with %s', (_case, line, expected) => {
    expect(parseStat(line)).toEqual(expected);
  });

  it.each([
    [{pid: 5, tid: 5, processName: 'node', threadName: 'node'}, 'main'],
    [{pid: 5, tid: 6, processName: 'node', threadName: 'tokio-3'}, 'bundler'],
    [{pid: 5, tid: 7, processName: 'node', threadName: 'node'}, 'nodeThreads'],
    [{pid: 8, tid: 9, processName: 'chromium', threadName: 'Compositor'}, 'chromium'],
    [{pid: 8, tid: 8, processName: 'npm exec docusa', threadName: 'npm exec docusa'}, 'other'],
  ])('classifies %o as %s', (thread, expected) => {
    expect(classifyThread(thread)).toBe(expected);
  });

  it('reads the threads of a process and its descendants only', () => {
    writeProc(proc, build(500));
    const threads = readThreads(100, proc);
    expect(threads.map((t) => `${t.pid}/${t.tid} ${t.threadName}`).sort()).toEqual(['100/100 time', '101/101 npm exec docusa', '102/102 node', '102/110 tokio-0', '102/111 tokio-1', '102/112 node', '103/103 chromium', '103/120 ThreadPoolForeg']);
  });

  it('keeps each thread at its last reading, including a process that has ended', () => {
    vi.useFakeTimers();
    writeProc(proc, build(500));
    const sampler = startThreadSampler(100, 250, proc);
    writeProc(proc, build(900));
    vi.advanceTimersByTime(250);
    rmSync(path.join(proc, '103'), {recursive: true});
    vi.advanceTimersByTime(250);
    // Seconds are ticks / 100: compared to the tick, as sums of them carry float error.
    const cpu = Object.fromEntries(Object.entries(sampler.stop()).map(([k, v]) => [k, Math.round(v * 100) / 100]));
    expect(cpu).toEqual({main: 10, bundler: 15, nodeThreads: 3.5, chromium: 3.5, other: 0.41});
  });

  it('prints medians side by side, and No data when /proc was not read', () => {
    const run = (main: number, chromium: number): ThreadCpu => ({main, bundler: 30, nodeThreads: 80, chromium, other: 0.5});
    expect(formatThreadCpuTable([run(31, 6), run(29, 8)], [run(23, 0)])).toMatchInlineSnapshot(`
      [
        "  CPU by thread (median)  plain        ours         ours − plain",
        "  Node main threads       23.0 s       30.0 s       +7.0 s",
        "  Rspack threads          30.0 s       30.0 s       +0.0 s",
        "  other Node threads      80.0 s       80.0 s       +0.0 s",
        "  Chromium                0.0 s        7.0 s        +7.0 s",
        "  other processes         0.5 s        0.5 s        +0.0 s",
      ]
    `);
    expect(formatThreadCpuTable([], [])[1]).toBe('  Node main threads       No data      No data      No data');
  });
});

describe('our plugins’ worker threads', () => {
  const output = '[PERF] Build > en > Load site - 12.14 seconds!\n[ax-worker-cpu] runDocChecks 2.68\n[ax-worker-cpu] loadTemplatesContent 1.59\nbinder: printed PDF\n[ax-worker-cpu] runDocChecks 0.02\n';
  const cpu = (nodeThreads: number): ThreadCpu => ({main: 30, bundler: 35, nodeThreads, chromium: 9, other: 1});

  it('sums each worker’s reports from a build’s output', () => {
    expect(parseWorkerCpu(output)).toEqual(new Map([['runDocChecks', 2.7], ['loadTemplatesContent', 1.59]]));
  });

  it('prints them, and the other Node threads without them beside plain’s', () => {
    expect(formatWorkerCpu([output], [cpu(90)], [cpu(65)])).toMatchInlineSnapshot(`
      [
        "  of ours' other Node threads, our plugins' worker threads: 4.3 s (runDocChecks 2.7 s, loadTemplatesContent 1.6 s)",
        "  other Node threads without them: plain 65.0 s, ours 85.7 s, +20.7 s",
      ]
    `);
    expect(formatWorkerCpu(['no reports'], [cpu(90)], [cpu(65)])).toEqual(["  our plugins' worker threads: No data"]);
  });
});
