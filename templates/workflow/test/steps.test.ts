import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {PluginContext} from '@ax/plugin-runtime';
import {runSteps} from '../src/steps';

function fakeContext(): PluginContext {
  const store = new Map<string, unknown>();
  return {store: {get: async (key: string) => store.get(key), set: async (key: string, value: unknown) => void store.set(key, value)}} as unknown as PluginContext;
}

test('runs each step once per key, even when the event arrives twice', async () => {
  const ctx = fakeContext();
  const calls: string[] = [];
  const steps = [{name: 'a', run: async () => void calls.push('a')}];
  assert.deepEqual(await runSteps(ctx, 'k1', steps, {}), ['a']);
  assert.deepEqual(await runSteps(ctx, 'k1', steps, {}), []);
  assert.deepEqual(calls, ['a']);
});
