import assert from 'node:assert/strict';
import {test} from 'node:test';
import {MetricBatch} from '../src/metrics';

test('reports a full batch', () => {
  const batch = new MetricBatch(2);
  assert.equal(batch.add({name: 'a', value: 1}), false);
  assert.equal(batch.add({name: 'b', value: 1}), true);
});
