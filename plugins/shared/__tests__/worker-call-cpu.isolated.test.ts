import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {callInWorker, workerCpuReportEnv} from '../worker-call';

// Isolated: the tests set an environment variable, which the shared module graph must not see.
const target = path.join(__dirname, '__fixtures__/worker-target.ts');

describe('callInWorker’s CPU report for bench:build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  const reported = async () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    await callInWorker(target, 'double', {values: [1]});
    await expect(callInWorker(target, 'fail', {file: 'docs/a.md'})).rejects.toThrow();
    return lines.filter((l) => l.startsWith('[ax-worker-cpu]'));
  };

  it.runIf(process.platform === 'linux')('reports each worker thread’s own CPU seconds on stderr when asked, whether it succeeded or failed', async () => {
    vi.stubEnv(workerCpuReportEnv, '1');
    const lines = await reported();
    expect(lines.map((l) => l.replace(/ \d+\.\d\d\n$/, ' <seconds>'))).toEqual(['[ax-worker-cpu] double <seconds>', '[ax-worker-cpu] fail <seconds>']);
  });

  it('reports nothing by default', async () => {
    vi.stubEnv(workerCpuReportEnv, '');
    expect(await reported()).toEqual([]);
  });
});
