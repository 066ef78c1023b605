import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {runtimeReleases} from '../../../migration/releases';
import {parseDeclarations} from '../declarations';
import {compatibilityData, readMigrationSources} from '../load';
import {buildMatrix, statusOn} from '../matrix';
import type {CompatibilityData} from '../types';
import {migrationViews} from '../view-models';

let data: CompatibilityData;
beforeAll(async () => {
  data = compatibilityData(readMigrationSources(path.resolve('.'))!);
});

const statuses = (id: string) => data.rows.find((r) => r.id === id)!.cells.map((c) => `${c.runtime}:${c.status}`).join(' ');

describe('statusOn', () => {
  it.each([
    ['1.0', '1.1', undefined, undefined, 'unavailable'],
    ['1.1', '1.1', undefined, undefined, 'supported'],
    ['1.3', '1.0', '2.0', '2.4', 'supported'],
    ['2.0', '1.0', '2.0', '2.4', 'deprecated'],
    ['2.3', '1.0', '2.0', '2.4', 'deprecated'],
    ['2.4', '1.0', '2.0', '2.4', 'removed'],
    ['2.10', '1.0', '2.0', '2.4', 'removed'],
  ] as const)('runtime %s, since %s, deprecated %s, removed %s → %s', (runtime, since, deprecated, removed, expected) => {
    expect(statusOn(runtime, since, deprecated, removed)).toBe(expected);
  });
});

describe('the matrix derived from the declarations', () => {
  it('has one column per runtime release and one row per tagged API', () => {
    expect(data.releases.map((r) => r.version)).toEqual(runtimeReleases.map((r) => r.version));
    expect(data.rows.every((r) => r.cells.length === runtimeReleases.length)).toBe(true);
    expect(data.rows.map((r) => r.id)).toContain('v1.ContextV1.on');
    expect(data.rows.map((r) => r.id)).toContain('v2.EventBus.once');
    // Members without tags of their own share their interface's row.
    expect(data.rows.map((r) => r.id)).not.toContain('v2.EventBus.subscribe');
  });

  it('reads each cell from since, deprecated and removed', () => {
    expect(statuses('v1.ContextV1.on')).toBe('1.0:supported 1.1:supported 1.2:supported 1.3:supported 2.0:deprecated 2.1:deprecated 2.2:deprecated 2.3:deprecated 2.4:removed 2.5:removed');
    expect(statuses('v1.ContextV1.fetch')).toMatch(/^1\.0:unavailable 1\.1:supported/);
    expect(statuses('v2.HttpClient.fetchRaw')).toBe('1.0:unavailable 1.1:unavailable 1.2:unavailable 1.3:unavailable 2.0:supported 2.1:supported 2.2:deprecated 2.3:deprecated 2.4:deprecated 2.5:removed');
  });

  it('has manifest versions as rows', () => {
    expect(data.rows.filter((r) => r.kind === 'manifest').map((r) => r.id)).toEqual(['v1.ManifestV1', 'v2.ManifestV2']);
  });

  it('links every deprecated or removed cell to a migration step and gives its removal date', () => {
    const cells = data.rows.flatMap((r) => r.cells.filter((c) => c.status === 'deprecated' || c.status === 'removed').map((c) => ({...c, id: r.id})));
    expect(cells.length).toBeGreaterThan(20);
    for (const c of cells) {
      expect(c.href, c.id).toMatch(/^\/migration\/v1-to-v2#[a-z-]+$/);
      expect(c.removalDate, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(data.rows.find((r) => r.id === 'v1.ContextV1.on')).toMatchObject({
      replacement: 'v2.EventBus.subscribe',
      deprecationDate: '2025-06-02',
      removalDate: '2027-03-08',
      migrationHref: '/migration/v1-to-v2#events',
      referenceHref: '/migration/reference/v1/interfaces/ContextV1#on',
    });
  });

  it('qualifies a replacement in the same API version', () => {
    expect(data.rows.find((r) => r.id === 'v1.StorageV1.getSync')?.replacement).toBe('v1.StorageV1.get');
  });

  it('carries the guide steps for the checklist', () => {
    expect(data.steps[0]).toEqual({id: 'before-you-start', title: 'Before you start', href: '/migration/v1-to-v2#before-you-start'});
  });

  it('changes when a tag changes: there is no second, hand-typed source', () => {
    const text = '/**\n * X.\n *\n * @since 2.0\n * @deprecated 2.2 Use {@link v2.Y} instead.\n * @removed 2.5\n * @migration http\n */\nexport declare function x(): void;\n';
    const m = buildMatrix(parseDeclarations('migration/api/v2/index.d.ts', text), runtimeReleases, {guide: '/g', reference: '/r'});
    expect(m.rows[0]!.cells.map((c) => c.status[0]).join('')).toBe('uuuussdddr');
    expect(m.rows[0]!.cells[9]).toEqual({runtime: '2.5', status: 'removed', removalDate: '2027-09-06', href: '/g#http'});
  });
});

describe('the page view models', () => {
  it('give each component only the fields it renders', () => {
    const views = migrationViews(data);
    expect(Object.keys(views)).toEqual(['releases.json', 'matrix.json', 'calendar.json', 'checklist.json', 'breakage.json', 'api-status.json']);
    expect(Object.keys(views['matrix.json'].rows[0]!).sort()).toEqual(['cells', 'id', 'kind', 'referenceHref', 'surface']);
    expect(views['calendar.json'].removals.map((r) => r.removalDate)).toEqual([...views['calendar.json'].removals.map((r) => r.removalDate)].sort());
    expect(views['api-status.json'].rows['v1.ContextV1.on']).toMatchObject({since: '1.0', deprecated: '2.0', removed: '2.4', replacement: 'v2.EventBus.subscribe'});
    // The matrix page no longer ships the summaries, sources and steps it does not show.
    expect(JSON.stringify(views['matrix.json']).length).toBeLessThan(JSON.stringify(data).length * 0.8);
  });
});
