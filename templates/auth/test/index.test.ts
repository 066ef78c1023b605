import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {PluginContext} from '@ax/plugin-runtime';
import {accessToken} from '../src/index';

/** A context whose store holds `stored`; the rest of the runtime is not needed here. */
function fakeContext(stored: Record<string, unknown> = {}): PluginContext {
  const store = new Map(Object.entries(stored));
  return {store: {get: async (key: string) => store.get(key), set: async (key: string, value: unknown) => void store.set(key, value)}} as unknown as PluginContext;
}

test('has no token before the first sign-in', async () => {
  assert.equal(await accessToken(fakeContext()), undefined);
});

test('returns a stored token that is not about to expire', async () => {
  const ctx = fakeContext({'oauth:token': {accessToken: 'a1', refreshToken: 'r1', expiresAt: Date.now() + 3_600_000}});
  assert.equal(await accessToken(ctx), 'a1');
});
