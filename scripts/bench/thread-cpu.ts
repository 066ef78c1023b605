import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {workerCpuTag} from '../../plugins/shared/worker-call';
import {formatMedianTable, signedSeconds} from './median-table';
import {median} from './ui-stats';

/**
 * CPU time of a build by kind of thread, read from Linux's /proc while the build runs. The build's
 * total CPU (GNU time) says how much more work our build does than plain's; this says which part
 * of the build does it: Docusaurus's own thread, the bundler's, Node's other threads (the page
 * renderers, our plugins' worker threads, V8's and libuv's helpers), or Chromium (the binder's
 * PDF and decks).
 */
export const threadClasses = [
  ['main', 'Node main threads'],
  ['bundler', 'Rspack threads'],
  ['nodeThreads', 'other Node threads'],
  ['chromium', 'Chromium'],
  ['other', 'other processes'],
] as const;

export type ThreadClass = (typeof threadClasses)[number][0];
export type ThreadCpu = Record<ThreadClass, number>;

/** One thread's counters, as /proc/<pid>/task/<tid>/stat gives them. */
export interface ThreadStat {
  pid: number;
  tid: number;
  /** The process's name (its main thread's comm). */
  processName: string;
  /** The thread's own name: Rspack's are `tokio-…`; Node names none of its threads. */
  threadName: string;
  /** User plus system CPU seconds so far. */
  cpuSeconds: number;
}

/** Clock ticks per second of the stat counters: USER_HZ, 100 on every Linux Node supports. */
const ticksPerSecond = 100;

/** The fields of a stat line: `comm` may hold spaces and parentheses, so it ends at the last `)`. */
export function parseStat(line: string): {name: string; ppid: number; cpuSeconds: number} {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  const rest = line.slice(close + 2).split(' ');
  // rest[0] is field 3 (state): ppid is field 4, utime and stime fields 14 and 15.
  return {name: line.slice(open + 1, close), ppid: Number(rest[1]), cpuSeconds: (Number(rest[11]) + Number(rest[12])) / ticksPerSecond};
}

export function classifyThread(t: Pick<ThreadStat, 'pid' | 'tid' | 'processName' | 'threadName'>): ThreadClass {
  if (/^(chromium|chrome|headless_shell)/.test(t.processName)) return 'chromium';
  if (t.processName !== 'node') return 'other';
  if (t.tid === t.pid) return 'main';
  return t.threadName.startsWith('tokio-') ? 'bundler' : 'nodeThreads';
}

const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // The process or thread ended between listing and reading.
  }
};

/** Every thread of `rootPid` and of its descendants, now. */
export function readThreads(rootPid: number, procRoot = '/proc'): ThreadStat[] {
  const parents = new Map<number, {ppid: number; name: string}>();
  for (const entry of readdirSync(procRoot)) {
    if (!/^\d+$/.test(entry)) continue;
    const line = read(path.join(procRoot, entry, 'stat'));
    if (line) parents.set(Number(entry), parseStat(line));
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && hops < 64; p = parents.get(p)?.ppid, hops++) if (p === rootPid) return true;
    return false;
  };
  const threads: ThreadStat[] = [];
  for (const [pid, {name: processName}] of parents) {
    if (!inTree(pid)) continue;
    let tids: string[];
    try {
      tids = readdirSync(path.join(procRoot, String(pid), 'task'));
    } catch {
      continue;
    }
    for (const tid of tids) {
      const line = read(path.join(procRoot, String(pid), 'task', tid, 'stat'));
      if (!line) continue;
      const {name: threadName, cpuSeconds} = parseStat(line);
      threads.push({pid, tid: Number(tid), processName, threadName, cpuSeconds});
    }
  }
  return threads;
}

/** CPU seconds per class, from each thread's last reading. */
export function sumByClass(threads: Iterable<ThreadStat>): ThreadCpu {
  const sums: ThreadCpu = {main: 0, bundler: 0, nodeThreads: 0, chromium: 0, other: 0};
  for (const t of threads) sums[classifyThread(t)] += t.cpuSeconds;
  return sums;
}

/**
 * Reads the tree's threads every `intervalMs` until stopped. A thread's counters only grow, so
 * its last reading is its total; a thread that starts and ends between two readings is missed,
 * which at 250 ms loses a few short git and esbuild runs.
 */
export function startThreadSampler(rootPid: number, intervalMs = 250, procRoot = '/proc'): {stop: () => ThreadCpu} {
  const last = new Map<string, ThreadStat>();
  const sample = () => {
    for (const t of readThreads(rootPid, procRoot)) last.set(`${t.pid}/${t.tid}`, t);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return sumByClass(last.values());
    },
  };
}

/** A table of median CPU seconds per class, ours against plain, with the difference. */
export function formatThreadCpuTable(ours: readonly ThreadCpu[], plain: readonly ThreadCpu[]): string[] {
  return formatMedianTable('CPU by thread (median)', threadClasses, ours, plain, {decimals: 1, labelWidth: 24});
}

/** A line of callInWorker's CPU report (plugins/shared/worker-call.ts): its tag, the function, the seconds. */
const workerLine = new RegExp(`^${workerCpuTag.replace(/[[\]]/g, '\\$&')} (\\S+) ([\\d.]+)$`, 'gm');

/** Our plugins' worker threads' CPU seconds, by exported function, from a build run with the worker CPU report on. */
export function parseWorkerCpu(output: string): Map<string, number> {
  const byWorker = new Map<string, number>();
  for (const m of output.matchAll(workerLine)) byWorker.set(m[1]!, (byWorker.get(m[1]!) ?? 0) + Number(m[2]));
  return byWorker;
}

/**
 * Our plugins' worker threads, medians over our runs, and what is left of "other Node threads"
 * without them: Docusaurus's page renderers and V8's and libuv's helpers, which plain has too.
 */
export function formatWorkerCpu(oursOutputs: readonly string[], ours: readonly ThreadCpu[], plain: readonly ThreadCpu[]): string[] {
  const runs = oursOutputs.map(parseWorkerCpu);
  const names = [...new Set(runs.flatMap((r) => [...r.keys()]))];
  if (!names.length || !ours.length || !plain.length) return ["  our plugins' worker threads: No data"];
  const perWorker = names.map((n) => [n, median(runs.map((r) => r.get(n) ?? 0))] as const).sort((a, b) => b[1] - a[1]);
  const total = median(runs.map((r) => [...r.values()].reduce((a, b) => a + b, 0)));
  const rest = median(ours.map((r) => r.nodeThreads)) - total;
  const plainRest = median(plain.map((r) => r.nodeThreads));
  return [
    `  of ours' other Node threads, our plugins' worker threads: ${total.toFixed(1)} s (${perWorker.map(([n, s]) => `${n} ${s.toFixed(1)} s`).join(', ')})`,
    `  other Node threads without them: plain ${plainRest.toFixed(1)} s, ours ${rest.toFixed(1)} s, ${signedSeconds(rest - plainRest, 1)}`,
  ];
}
