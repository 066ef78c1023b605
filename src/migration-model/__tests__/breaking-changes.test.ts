import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {findBreakingChanges, matchRows, readApiNames} from '../breaking-changes';
import {compatibilityData, readMigrationSources} from '../load';
import type {MatrixRow} from '../types';

let rows: MatrixRow[];
beforeAll(async () => {
  rows = compatibilityData(readMigrationSources(path.resolve('.'))!).rows;
});

describe('readApiNames', () => {
  it.each([
    ['a pasted list', 'ctx.on\nctx.storage, v1.register;  ctx.log()', ['ctx.on', 'ctx.storage', 'v1.register', 'ctx.log']],
    ['a v1 manifest', JSON.stringify({manifestVersion: 1, name: 'x', permissions: ['storage', 'network']}), ['Manifest v1', 'storage', 'network']],
    ['a v2 manifest', JSON.stringify({manifestVersion: 2, apis: ['v2.HttpClient.fetchRaw'], permissions: ['store:write']}), ['Manifest v2', 'v2.HttpClient.fetchRaw', 'store:write']],
    ['nothing', '  ', []],
  ])('reads %s', (_name, input, expected) => {
    expect(readApiNames(input)).toEqual(expected);
  });
});

describe('findBreakingChanges', () => {
  it('matches qualified, short and ctx. names', () => {
    expect(matchRows('v1.ContextV1.on', rows).map((r) => r.id)).toEqual(['v1.ContextV1.on']);
    expect(matchRows('ctx.on', rows).map((r) => r.id)).toEqual(['v1.ContextV1.on']);
    expect(matchRows('ctx.storage.getSync', rows).map((r) => r.id)).toEqual(['v1.StorageV1.getSync']);
    expect(matchRows('ctx.events.subscribe', rows).map((r) => r.id)).toEqual([]);
    expect(matchRows('StorageV1.getSync', rows).map((r) => r.id)).toEqual(['v1.StorageV1.getSync']);
    expect(matchRows('Manifest v1', rows).map((r) => r.id)).toEqual(['v1.ManifestV1']);
  });

  it('lists every breaking change with its migration step, soonest removal first', () => {
    const report = findBreakingChanges(readApiNames('ctx.log\nStorageV1.getSync\nv2.EventBus.once\nctx.teleport\nv2.HttpClient.fetchRaw'), rows);
    expect(report.breaking.map((r) => `${r.id} ${r.removalDate} ${r.migrationHref}`)).toEqual([
      'v1.StorageV1.getSync 2025-06-02 /migration/v1-to-v2#storage',
      'v1.ContextV1.log 2027-03-08 /migration/v1-to-v2#logging',
      'v2.HttpClient.fetchRaw 2027-09-06 /migration/v1-to-v2#http',
    ]);
    expect(report.fine).toEqual(['v2.EventBus.once']);
    expect(report.unknown).toEqual(['ctx.teleport']);
  });

  it('reads a manifest: the v1 schema itself is a breaking change', () => {
    const report = findBreakingChanges(readApiNames(JSON.stringify({manifestVersion: 1, permissions: ['storage', 'network']})), rows);
    expect(report.breaking.map((r) => r.id)).toEqual(['v1.ContextV1.storage', 'v1.ManifestV1']);
    expect(report.unknown).toEqual(['network']);
  });
});
