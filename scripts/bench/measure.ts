import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export interface Measurement {
  /** Wall time, seconds. */
  seconds: number;
  /** Peak resident memory of the largest process in the run, MB (GNU time's %M). */
  peakMb: number | undefined;
  exitCode: number;
}

/** Runs a command to completion and measures it; output is kept only for failures. */
export function measure(cmd: string, args: string[], options: {cwd: string; env?: NodeJS.ProcessEnv}): Promise<Measurement & {output: string}> {
  const gnuTime = existsSync('/usr/bin/time');
  const statsFile = path.join(mkdtempSync(path.join(tmpdir(), 'ax-bench-')), 'time.txt');
  const [bin, argv] = gnuTime ? ['/usr/bin/time', ['-f', '%M', '-o', statsFile, cmd, ...args]] : [cmd, args];
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(bin, argv, {cwd: options.cwd, env: {...process.env, ...options.env}, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const kb = gnuTime && existsSync(statsFile) ? Number(readFileSync(statsFile, 'utf8').trim().split('\n').pop()) : NaN;
      resolve({seconds, peakMb: Number.isFinite(kb) ? kb / 1024 : undefined, exitCode: code ?? 1, output});
    });
  });
}

/** "12.3 s, 812 MB" */
export function formatMeasurement(m: Measurement): string {
  return `${m.seconds.toFixed(1)} s, peak ${m.peakMb === undefined ? 'n/a' : `${m.peakMb.toFixed(0)} MB`}`;
}
