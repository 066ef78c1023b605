import path from 'node:path';
import {threadId} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {callInWorker} from '../worker-call';

const target = path.join(__dirname, '__fixtures__/worker-target.ts');

describe('callInWorker', () => {
  it('runs a TypeScript module’s export on another thread and returns its cloned result', async () => {
    const out = await callInWorker<{values: number[]}, {values: number[]; threadId: number; seen: Map<string, number>}>(target, 'double', {values: [1, 2, 3]});
    expect(out.values).toEqual([2, 4, 6]);
    expect(out.threadId).not.toBe(threadId);
    expect(out.seen.get('count')).toBe(3);
  });

  it('rejects with the error the function threw, message intact', async () => {
    await expect(callInWorker(target, 'fail', {file: 'docs/a.md'})).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: docs/a.md:3: unexpected owner "nobody", expected a team id]`,
    );
  });

  it('rejects, naming the module, when the export does not exist', async () => {
    await expect(callInWorker(target, 'missing', {})).rejects.toThrow(/worker-target\.ts has no exported function missing$/);
  });
});

describe('callInWorker with an input that is still coming', () => {
  it('starts the worker at once and runs the function when the input arrives', async () => {
    const input = new Promise<{values: number[]}>((resolve) => setTimeout(() => resolve({values: [5]}), 20));
    await expect(callInWorker<{values: number[]}, {values: number[]}>(target, 'double', input)).resolves.toMatchObject({values: [10]});
  });

  it('rejects with the input’s own error, and stops the worker', async () => {
    await expect(callInWorker(target, 'double', Promise.reject(new Error('the reference failed')))).rejects.toThrow('the reference failed');
  });
});

describe('callInWorker with a later input', () => {
  it('runs the function on the first input and hands it the later one when it comes', async () => {
    const later = new Promise<{add: number}>((resolve) => setTimeout(() => resolve({add: 10}), 20));
    await expect(callInWorker<{values: number[]}, {early: number; total: number}, {add: number}>(target, 'sumThenAdd', {values: [1, 2]}, {later})).resolves.toEqual({early: 3, total: 13});
  });

  it('rejects with the later input’s own error, and stops the worker', async () => {
    const later = Promise.reject(new Error('the build failed before postBuild'));
    await expect(callInWorker(target, 'sumThenAdd', {values: [1]}, {later})).rejects.toThrow('the build failed before postBuild');
  });
});
