import assert from 'node:assert/strict';
import {test} from 'node:test';
import {backoffMs} from '../src/sync';

test('doubles the wait after each failed run, up to an hour', () => {
  assert.deepEqual([0, 1, 2, 10].map(backoffMs), [30_000, 60_000, 120_000, 3_600_000]);
});
