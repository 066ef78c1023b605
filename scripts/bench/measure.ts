import {spawn, spawnSync} from 'node:child_process';
import {startThreadSampler, type ThreadCpu} from './thread-cpu';

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

const timeFormat = ['-f', '__peak_kb=%M __cpu=%U+%S'];

/** The run's figures from its outputs: GNU time writes its own line to stderr. */
function measured(seconds: number, stdout: string, stderr: string, status: number | null, error?: Error): Measured {
  const peak = /__peak_kb=(\d+)/.exec(stderr);
  const cpu = /__cpu=([\d.]+)\+([\d.]+)/.exec(stderr);
  return {
    seconds,
    cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
    peakMb: peak ? Number(peak[1]) / 1024 : NaN,
    status: error ? null : status,
    stdout,
    output: `${stdout}${stderr}${error ? `\n${error.message}` : ''}`,
  };
}

const secondsSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** Runs a command to completion under /usr/bin/time and measures it. */
export function measure(cmd: string, args: string[], options: {cwd: string; env?: NodeJS.ProcessEnv}): Measured {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', [...timeFormat, cmd, ...args], {cwd: options.cwd, env: {...process.env, ...options.env}, encoding: 'utf8', maxBuffer: 1 << 28});
  return measured(secondsSince(start), r.stdout ?? '', r.stderr ?? '', r.status, r.error);
}

/**
 * As `measure`, and also the run's CPU by kind of thread (thread-cpu.ts), read from /proc while
 * it runs. Where /proc cannot be read (not Linux), `threads` is left out.
 */
export function measureWithThreads(cmd: string, args: string[], options: {cwd: string; env?: NodeJS.ProcessEnv}): Promise<Measured & {threads?: ThreadCpu}> {
  const start = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', [...timeFormat, cmd, ...args], {cwd: options.cwd, env: {...process.env, ...options.env}});
  let sampler: ReturnType<typeof startThreadSampler> | undefined;
  try {
    if (child.pid !== undefined) sampler = startThreadSampler(child.pid);
  } catch {
    sampler = undefined;
  }
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  return new Promise((resolve) => {
    let finished = false;
    // A child that fails to start emits 'error' and may then emit 'close' too: the first one counts.
    const finish = (status: number | null, error?: Error) => {
      if (finished) return;
      finished = true;
      const threads = sampler?.stop();
      resolve({...measured(secondsSince(start), Buffer.concat(out).toString('utf8'), Buffer.concat(err).toString('utf8'), status, error), ...(threads ? {threads} : {})});
    };
    child.once('error', (error) => finish(null, error));
    child.once('close', (status) => finish(status));
  });
}

/** "12.30 s wall, 20.10 s CPU, peak 812 MB" */
export function formatMeasured(m: Measured): string {
  return `${m.seconds.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s CPU, peak ${m.peakMb.toFixed(0)} MB`;
}
