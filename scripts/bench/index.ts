import {spawnSync} from 'node:child_process';
import {appendFileSync} from 'node:fs';
import os, {tmpdir} from 'node:os';
import path from 'node:path';
import {benchToday, generateTree, type GeneratedTree} from './generate';

/** Wall time and peak memory of one child process, from GNU time. */
interface Measured {
  seconds: number;
  /** User plus system CPU seconds: what the tool costs, whatever else the machine runs. */
  cpu: number;
  peakMb: number;
  status: number | null;
  stdout: string;
}

const repo = path.resolve(__dirname, '../..');
const markdownlint = path.join(repo, 'node_modules/.bin/markdownlint-cli2');

function measure(cmd: string, args: string[], cwd: string): Measured {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '__peak_kb=%M __cpu=%U+%S', cmd, ...args], {cwd, encoding: 'utf8', maxBuffer: 1 << 28});
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peak = /__peak_kb=(\d+)/.exec(r.stderr ?? '');
  const cpu = /__cpu=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  return {seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, peakMb: peak ? Number(peak[1]) / 1024 : NaN, status: r.status, stdout: r.stdout ?? ''};
}

/** Compares the findings with the planted faults: every fault found, nothing else reported. */
function verify(tree: GeneratedTree, stdout: string): {missed: string[]; extra: string[]} {
  const key = (f: {file: string; line: number; ruleId: string}) => `${f.file}:${f.line} ${f.ruleId}`;
  const found = (JSON.parse(stdout) as {findings: {file: string; line: number; ruleId: string}[]}).findings.map(key);
  const planted = tree.faults.map(key);
  return {missed: planted.filter((p) => !found.includes(p)), extra: found.filter((f) => !planted.includes(f))};
}

function runSize(count: number): string[] {
  const root = path.join(tmpdir(), `ax-docs-bench-${count}`);
  console.log(`\n▶ ${count} docs: generating ${root}`);
  const tree = generateTree(root, count);
  // The same command as `npm run check`, without npm's own start-up.
  const check = (extra: string[]) => measure(process.execPath, ['--require', 'tsx/cjs', path.join(repo, 'scripts/check.ts'), '--root', root, '--today', benchToday, '--format', 'json', ...extra], repo);

  const cold = check([]);
  const {missed, extra} = verify(tree, cold.stdout);
  appendFileSync(path.join(root, tree.touchFile), '\nOne more line, touched by the bench.\n');
  const changed = check(['--changed', 'HEAD']);
  const changedPages = (JSON.parse(changed.stdout) as {summary: {pages: number}}).summary.pages;
  const lint = measure(markdownlint, [], root);
  const ratio = lint.seconds / cold.seconds;
  const fmt = (m: Measured) => `${m.seconds.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s CPU, peak ${m.peakMb.toFixed(0)} MB`;
  const lines = [
    `${count} docs (${tree.faults.length} planted faults): check cold ${fmt(cold)}, exit ${cold.status}`,
    `${count} docs: check --changed (1 file, ${changedPages} pages checked) ${fmt(changed)}`,
    `${count} docs: markdownlint-cli2 ${fmt(lint)}, exit ${lint.status}`,
    `${count} docs: check is ${ratio.toFixed(1)}x faster than markdownlint-cli2 by wall time, ${(lint.cpu / cold.cpu).toFixed(1)}x by CPU time (cold); --changed is ${(lint.seconds / changed.seconds).toFixed(1)}x by wall time`,
    `${count} docs: planted faults found ${tree.faults.length - missed.length}/${tree.faults.length}, false positives ${extra.length}`,
    ...missed.map((m) => `  missed: ${m}`),
    ...extra.slice(0, 20).map((e) => `  unexpected: ${e}`),
  ];
  for (const l of lines) console.log(l);
  return lines;
}

/** `npm run bench [-- 1000 10000]`: synthetic trees in the temp folder, never in the repo. */
function main(): number {
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const all = (sizes.length ? sizes : [1000, 10000]).flatMap(runSize);
  const failed = all.some((l) => /missed|unexpected/.test(l) || /false positives [1-9]/.test(l));
  console.log(failed ? '\nbench: correctness FAILED (see above)' : '\nbench: every planted fault found, no false positives');
  return failed ? 1 : 0;
}

process.exitCode = main();
