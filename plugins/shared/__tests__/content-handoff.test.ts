import {describe, expect, it} from 'vitest';
import type {Snapshot} from '../../../src/analytics/schema/snapshot';
import {announce, receive} from '../content-handoff';

const snapshot = {asOf: '2026-11-30'} as unknown as Snapshot;

describe('content hand-off between plugins', () => {
  it('gives a consumer undefined when no plugin of its site provides the key', () => {
    expect(receive('/sites/without-analytics', 'analytics-snapshot')).toBeUndefined();
  });

  it('gives the consumer what the provider loads, even when it asks first', async () => {
    const handOver = announce('/sites/a', 'analytics-snapshot');
    const asked = receive('/sites/a', 'analytics-snapshot');
    expect(await handOver(Promise.resolve(snapshot))).toBe(snapshot);
    expect(await asked).toBe(snapshot);
  });

  it('keeps each site apart, and a new announcement replaces the last build', async () => {
    announce('/sites/b', 'analytics-snapshot');
    const again = announce('/sites/b', 'analytics-snapshot');
    void again(Promise.resolve(snapshot));
    expect(await receive('/sites/b', 'analytics-snapshot')).toBe(snapshot);
    expect(receive('/sites/c', 'analytics-snapshot')).toBeUndefined();
  });

  it("passes the provider's failure on to the consumer", async () => {
    const handOver = announce('/sites/d', 'analytics-snapshot');
    const failed = handOver(Promise.reject(new Error('analytics plugin: events.parquet: Unexpected row')));
    await expect(failed).rejects.toThrow('Unexpected row');
    await expect(receive('/sites/d', 'analytics-snapshot')).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: analytics plugin: events.parquet: Unexpected row]`);
  });
});
