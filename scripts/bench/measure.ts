import {spawnSync} from 'node:child_process';

/** Wall time, CPU time and peak memory of one child process, from GNU time. */
export interface Measured {
  seconds: number;
  /** User plus system CPU seconds: what the tool costs, whatever else the machine runs. */
  cpu: number;
  /** Peak resident memory of the largest process in the run, MB (GNU time's %M). */
  peakMb: number;
  status: number | null;
  stdout: string;
  /** stdout and stderr together, for reporting a failed run. */
  output: string;
}

/** Runs a command to completion under /usr/bin/time and measures it. */
export function measure(cmd: string, args: string[], options: {cwd: string; env?: NodeJS.ProcessEnv}): Measured {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '__peak_kb=%M __cpu=%U+%S', cmd, ...args], {
    cwd: options.cwd,
    env: {...process.env, ...options.env},
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peak = /__peak_kb=(\d+)/.exec(r.stderr ?? '');
  const cpu = /__cpu=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  return {
    seconds,
    cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
    peakMb: peak ? Number(peak[1]) / 1024 : NaN,
    status: r.error ? null : r.status,
    stdout: r.stdout ?? '',
    output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}`,
  };
}

/** "12.30 s wall, 20.10 s CPU, peak 812 MB" */
export function formatMeasured(m: Measured): string {
  return `${m.seconds.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s CPU, peak ${m.peakMb.toFixed(0)} MB`;
}
