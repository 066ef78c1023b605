import {appendFileSync} from 'node:fs';
import os, {tmpdir} from 'node:os';
import path from 'node:path';
import {benchToday, generateTree, type GeneratedTree} from './generate';
import {formatMeasured, measure} from './measure';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';

const repo = path.resolve(__dirname, '../..');
const markdownlint = path.join(repo, 'node_modules/.bin/markdownlint-cli2');

/** Compares the findings with the planted faults: every fault found, nothing else reported. */
function verify(tree: GeneratedTree, stdout: string): {missed: string[]; extra: string[]} {
  const key = (f: {file: string; line: number; ruleId: string}) => `${f.file}:${f.line} ${f.ruleId}`;
  const found = (JSON.parse(stdout) as {findings: {file: string; line: number; ruleId: string}[]}).findings.map(key);
  const planted = tree.faults.map(key);
  return {missed: planted.filter((p) => !found.includes(p)), extra: found.filter((f) => !planted.includes(f))};
}

function runSize(count: number, log: (line: string) => void): string[] {
  const root = path.join(tmpdir(), `ax-docs-bench-${count}`);
  log(`\n▶ ${count} docs: generating ${root}`);
  const tree = generateTree(root, count);
  // The same command as `npm run check`, without npm's own start-up.
  const check = (extra: string[]) => measure(process.execPath, ['--require', 'tsx/cjs', path.join(repo, 'scripts/check.ts'), '--root', root, '--today', benchToday, '--format', 'json', ...extra], {cwd: repo});

  const cold = check([]);
  const {missed, extra} = verify(tree, cold.stdout);
  appendFileSync(path.join(root, tree.touchFile), '\nOne more line, touched by the bench.\n');
  const changed = check(['--changed', 'HEAD']);
  const changedPages = (JSON.parse(changed.stdout) as {summary: {pages: number}}).summary.pages;
  const lint = measure(markdownlint, [], {cwd: root});
  const ratio = lint.seconds / cold.seconds;
  const fmt = formatMeasured;
  const lines = [
    `${count} docs (${tree.faults.length} planted faults): check cold ${fmt(cold)}, exit ${cold.status}`,
    `${count} docs: check --changed (1 file, ${changedPages} pages checked) ${fmt(changed)}`,
    `${count} docs: markdownlint-cli2 ${fmt(lint)}, exit ${lint.status}`,
    `${count} docs: check is ${ratio.toFixed(1)}x faster than markdownlint-cli2 by wall time, ${(lint.cpu / cold.cpu).toFixed(1)}x by CPU time (cold); --changed is ${(lint.seconds / changed.seconds).toFixed(1)}x by wall time`,
    `${count} docs: planted faults found ${tree.faults.length - missed.length}/${tree.faults.length}, false positives ${extra.length}`,
    ...missed.map((m) => `  missed: ${m}`),
    ...extra.slice(0, 20).map((e) => `  unexpected: ${e}`),
  ];
  for (const l of lines) log(l);
  return lines;
}

/** `npm run bench [-- 1000 10000]`: synthetic trees in the temp folder, never in the repo. Exit 1 when a planted fault is missed or anything else is reported. */
export async function main({argv, stdout, stderr}: CliIo): Promise<number> {
  const log = (line: string) => writeLine(stdout, line);
  const sizes = argv.map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    writeLine(stderr, `bench: Unexpected sizes "${argv.join(' ')}", expected whole numbers of docs, such as 1000 10000`);
    return exitCode.toolFailure;
  }
  log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);
  const all = (sizes.length ? sizes : [1000, 10000]).flatMap((n) => runSize(n, log));
  const failed = all.some((l) => /missed|unexpected/.test(l) || /false positives [1-9]/.test(l));
  log(failed ? '\nbench: correctness FAILED (see above)' : '\nbench: every planted fault found, no false positives');
  return failed ? exitCode.findings : exitCode.clean;
}

if (require.main === module) runBin(main);
